#pragma once

// The fixture of the end-to-end sync tests: a real ronde-server process on 127.0.0.1 with a
// demo facility, its database a SQLite file or a PostgreSQL database (the test's parameter,
// fixture `postgres`), and tablets as real `ronde` processes on their own SQLite files.
#include "../support/postgres_test_database.h"
#include "../support/tablet_database.h"
#include "program_run.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <set>

using Result = ProgramRun;

inline QProcessEnvironment environment(const QString &settings)
{
    return testEnvironment(settings, {"DISPLAY", "WAYLAND_DISPLAY"});
}

enum class ServerDatabase
{
    SQLite,
    PostgreSQL
};

inline std::string serverDatabaseName(const ::testing::TestParamInfo<ServerDatabase> &info)
{
    return info.param == ServerDatabase::SQLite ? "SQLite" : "PostgreSQL";
}

class SyncProcesses : public ::testing::TestWithParam<ServerDatabase>
{
protected:
    void SetUp() override
    {
        if (GetParam() == ServerDatabase::PostgreSQL) {
            m_postgres = std::make_unique<PostgresTestDatabase>(
                ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name());
            m_central = QString::fromStdString(m_postgres->uri());
        } else {
            m_central = m_dir.filePath("centraal.sqlite");
        }
        ASSERT_EQ(
            run(RONDE_SERVER_BINARY, {"demo", "--out", m_central, "--detainees", "15", "--seed",
                                      "5", "--facilities", QString::number(m_facilities)})
                .exitCode,
            0);
        startServer();
    }

    // Starts ronde-server on m_port (0: any free port; kept for restarts, because tablets
    // remember the address they enrolled with).
    void startServer()
    {
        QStringList serve{"serve", "--database", m_central, "--listen",
                          QString("127.0.0.1:%1").arg(m_port)};
        if (m_tls) {
            makeCertificate("server");
            makeCertificate("stranger");
            serve << "--cert" << m_dir.filePath("server.pem") << "--key"
                  << m_dir.filePath("server-key.pem");
        } else {
            serve << "--insecure-loopback";
        }
        launch(m_server, serve + m_serveOptions, m_url);
        m_port = quint16(m_url.section(QLatin1Char(':'), -1).toUInt());
    }

    // Starts a ronde-server process and reads the address it listens on.
    void launch(QProcess &server, const QStringList &arguments, QString &url)
    {
        server.setProcessEnvironment(environment(m_dir.path()));
        server.start(RONDE_SERVER_BINARY, arguments);
        ASSERT_TRUE(server.waitForStarted());
        const QRegularExpression listening("luistert op (https?://127\\.0\\.0\\.1:\\d+)");
        QString out;
        // A server under ASan on a busy machine opens its stores slowly: up to a minute,
        // unless it has already ended.
        QElapsedTimer waited;
        waited.start();
        while (!listening.match(out).hasMatch() && waited.elapsed() < 60'000 &&
               server.state() == QProcess::Running) {
            server.waitForReadyRead(100);
            out += QString::fromUtf8(server.readAllStandardOutput());
        }
        const auto match = listening.match(out);
        ASSERT_TRUE(match.hasMatch())
            << out.toStdString() << server.readAllStandardError().toStdString();
        url = match.captured(1);
    }

    void TearDown() override
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(program, arguments, environment(m_dir.path()), input);
    }

    QString code(const QString &name, const QString &facility = "PI Zwolle")
    {
        const Result r = run(RONDE_SERVER_BINARY, {"enrol", "--database", m_central, "--facility",
                                                   facility, "--name", name});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QRegularExpression("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}").match(r.out).captured();
    }

    // A self-signed certificate for 127.0.0.1, made with openssl for this test only.
    void makeCertificate(const QString &name)
    {
        const Result r = run(
            "openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                        "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                        m_dir.filePath(name + "-key.pem"), "-out", m_dir.filePath(name + ".pem")});
        ASSERT_EQ(r.exitCode, 0) << "openssl is installed by scripts/setup\n"
                                 << r.err.toStdString();
    }

    QString tablet(const QString &name, const QString &pinned = "server",
                   const QString &facility = "PI Zwolle")
    {
        const QString dir = m_dir.filePath(name);
        QStringList arguments{"--data-dir", dir, "--enrol", m_url, code(name, facility)};
        if (m_tls) {
            arguments << "--server-cert" << m_dir.filePath(pinned + ".pem");
        }
        m_lastEnrol = run(RONDE_APP_BINARY, arguments);
        return dir;
    }

    Result syncOnce(const QString &dir)
    {
        return run(RONDE_APP_BINARY, {"--data-dir", dir, "--sync-once"});
    }

    static std::string databaseOf(const QString &dir)
    {
        return (dir + "/ronde.sqlite").toStdString();
    }

    // Offline work on a tablet: contacts recorded straight into its database, by a tablet
    // whose clock is off by clockOffsetMs.
    std::set<std::string> writeOffline(const QString &dir, size_t detaineeIndex, int count,
                                       int64_t clockOffsetMs = 0)
    {
        ronde::Store store = openStoreAt(
            databaseOf(dir), [clockOffsetMs] { return ronde::systemClock()() + clockOffsetMs; });
        ronde::Transaction batch(store.database());
        const auto facility = store.registry().facilities().at(0);
        std::string mentor;
        for (const auto &u : store.registry().users(facility.id)) {
            if (u.role == ronde::Role::Mentor) {
                mentor = u.id;
            }
        }
        const auto detainees = store.registry().detainees(facility.id);
        std::set<std::string> ids;
        for (int i = 0; i < count; ++i) {
            ronde::Contact c;
            c.header.detaineeId = detainees.at(detaineeIndex).id;
            c.header.authorId = mentor;
            c.header.occurredAtMs = store.clock()() - (i % 600 + 1) * 60'000;
            c.roles = {ronde::Role::Mentor};
            c.kind = ronde::ContactKind::MentorTalk;
            c.satisfaction = 1 + i % 5;
            ids.insert(store.events().record(c).header.id);
        }
        batch.commit();
        return ids;
    }

    static std::set<std::string> events(const std::string &database)
    {
        ronde::Store store = openStoreAt(database);
        std::set<std::string> ids;
        ronde::Statement &row = store.database().prepare("SELECT id FROM events");
        while (row.step()) {
            ids.insert(row.text(0));
        }
        return ids;
    }

    bool m_tls = false;
    int m_facilities = 1;       // in the demo: PI Zwolle, then PI Lelystad, ...
    QStringList m_serveOptions; // more options for `ronde-server serve`
    quint16 m_port = 0;
    Result m_lastEnrol;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestDatabase> m_postgres;
    QString m_central; // the server's database: a file or a PostgreSQL URI
    QProcess m_server;
    QString m_url;
};
