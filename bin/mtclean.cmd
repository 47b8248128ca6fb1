@echo off
rem mtclean launcher for Windows. Finds the command jar and starts it with the JVM flags that
rem measure fastest for a short-lived batch command (see docs/performance.md): C1 only, Serial GC,
rem and a class-data-sharing archive made on the first run from a class list of a short run
rem (the input of :warm_up_text). -cp, not -jar, which opens the jar once more for its manifest.
rem Environment: JAVA_HOME, MTCLEAN_JAR, MTCLEAN_JAVA_OPTS (added after the defaults),
rem MTCLEAN_CDS=0 (no archive).
setlocal
set "HERE=%~dp0"
if not defined MTCLEAN_JAR (
  if exist "%HERE%..\lib\mtclean.jar" (
    set "MTCLEAN_JAR=%HERE%..\lib\mtclean.jar"
  ) else if exist "%HERE%..\target\mtclean.jar" (
    set "MTCLEAN_JAR=%HERE%..\target\mtclean.jar"
  )
)
if not defined MTCLEAN_JAR (
  echo mtclean: cannot find mtclean.jar next to %~f0; build it with 'mvn package' or set MTCLEAN_JAR 1>&2
  exit /b 2
)
set "JAVA=java"
if exist "%HERE%..\runtime\bin\java.exe" set "JAVA=%HERE%..\runtime\bin\java.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "CDS_OPT="
if "%MTCLEAN_CDS%"=="0" goto run
for %%J in ("%MTCLEAN_JAR%") do set "ARCHIVE=%%~dpJmtclean-windows.jsa"
if exist "%ARCHIVE%" goto have_archive
call :warm_up_text > "%ARCHIVE%.txt"
"%JAVA%" -XX:DumpLoadedClassList="%ARCHIVE%.lst" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%MTCLEAN_JAR%" org.mtclean.cli.Main < "%ARCHIVE%.txt" >nul 2>nul
"%JAVA%" -Xshare:dump -XX:SharedClassListFile="%ARCHIVE%.lst" -XX:SharedArchiveFile="%ARCHIVE%" -XX:+UseSerialGC -cp "%MTCLEAN_JAR%" >nul 2>nul
del "%ARCHIVE%.lst" "%ARCHIVE%.txt" >nul 2>nul
:have_archive
if exist "%ARCHIVE%" set "CDS_OPT=-XX:SharedArchiveFile=%ARCHIVE%"
:run
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xshare:auto %CDS_OPT% %MTCLEAN_JAVA_OPTS% -cp "%MTCLEAN_JAR%" org.mtclean.cli.Main %*
exit /b %ERRORLEVEL%

rem Some 17 KB of debris of most kinds (ASCII: the code page of this file is unknown), so that the
rem classes a real run needs come from the archive: the number rules, ICU's spellout, the workers.
:warm_up_text
for /L %%i in (1,1,60) do (
  echo He said " it opened on March 5 , 2021 " , and the line runs 24 hours ^&amp; more .
  echo Sales of RMB 5150 rose by twenty-five percent , and and the the plan of Zhang Xiaoming went on .
  echo Dr. Wang, e.g. at www.example.com/a?b=1 or wang@example.com, said: "We will grow." 10-20 cases.
  echo.
  echo.
  echo.
)
exit /b 0
