#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A file a test hands a program (a roster, a scenario, a broken database): false when it could
// not be written.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Running the real binaries in end-to-end tests, the same way everywhere.
struct ProgramRun
{
    int exitCode = -1; // -1: crashed or did not finish in time
    QString out;
    QString err;
};

// The environment the binaries run in: Dutch (an unset C locale counts as Dutch), a settings
// folder of their own (a language chosen in one run must not leak into the next), and
// without the variables named in `unset` (e.g. DISPLAY, to run headless).
inline QProcessEnvironment testEnvironment(const QString &settingsDir,
                                           const QStringList &unset = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "C.UTF-8");
    env.remove("LC_ALL");
    env.insert("XDG_CONFIG_HOME", settingsDir);
    for (const QString &name : unset) {
        env.remove(name);
    }
    return env;
}

inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input); // standard input: what a person would type, then its end
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A program as a user runs it: in the test environment, with settings in a folder of its own
// for this test binary.
inline ProgramRun runAsUser(const QString &program, const QStringList &arguments,
                            const QStringList &unsetEnv = {})
{
    static QTemporaryDir settings;
    return runProgram(program, arguments, testEnvironment(settings.path(), unsetEnv));
}
