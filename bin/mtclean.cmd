@echo off
rem mtclean launcher for Windows. Finds the command jar and starts it with the JVM flags that
rem measure fastest for a short-lived batch command (see docs/performance.md): C1 only, Serial GC,
rem and a class-data-sharing archive made on the first run from a class list of a tiny run.
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
echo warm up. the class list, two| "%JAVA%" -XX:DumpLoadedClassList="%ARCHIVE%.lst" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%MTCLEAN_JAR%" >nul 2>nul
"%JAVA%" -Xshare:dump -XX:SharedClassListFile="%ARCHIVE%.lst" -XX:SharedArchiveFile="%ARCHIVE%" -XX:+UseSerialGC -cp "%MTCLEAN_JAR%" >nul 2>nul
del "%ARCHIVE%.lst" >nul 2>nul
:have_archive
if exist "%ARCHIVE%" set "CDS_OPT=-XX:SharedArchiveFile=%ARCHIVE%"
:run
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xshare:auto %CDS_OPT% %MTCLEAN_JAVA_OPTS% -jar "%MTCLEAN_JAR%" %*
exit /b %ERRORLEVEL%
