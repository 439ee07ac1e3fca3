// The window during a big pull (docs/PERFORMANCE.md "The window during a sync"). A tablet pulls
// a whole facility (about 100,000 events) from a real ronde-server process on loopback while
// its window animates and shows the rounds list; every frame's time is recorded. Two ways:
// the app's (SyncController: the sync on a worker with its own connection), and, for
// comparison, the sync on the UI thread's connection as the app did before. Figures are
// printed, not asserted. Usage: ronde_bench_ui_sync [DETAINEES] (8,300 give about 100k events).
#include "client/http_client.h"
#include "store/store.h"
#include "viewmodels/session.h"
#include "viewmodels/sync_controller.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(RondePlugin)

namespace {

QString runServer(const QStringList &arguments)
{
    QProcess p;
    p.start(RONDE_SERVER_BINARY, arguments);
    p.waitForFinished(600'000);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "ronde-server %s: %s\n", qPrintable(arguments.join(' ')),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString enrolmentCode(const QString &central, const QString &facility)
{
    const QString out =
        runServer({"enrol", "--database", central, "--facility", facility, "--name", "bench"});
    const auto match = QRegularExpression("([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})").match(out);
    return match.captured(1);
}

struct Frames
{
    std::vector<double> gapsMs;
    double syncMs = 0;
    bool ok = false;
};

void report(const char *how, Frames f, int64_t events)
{
    std::sort(f.gapsMs.begin(), f.gapsMs.end());
    const auto at = [&](double q) {
        return f.gapsMs.empty() ? 0.0 : f.gapsMs[size_t(q * double(f.gapsMs.size() - 1))];
    };
    const long over =
        long(std::count_if(f.gapsMs.begin(), f.gapsMs.end(), [](double g) { return g > 100; }));
    std::printf("%s: %s, %lld events in %.1f s; %zu frames, gap p50 %.0f ms, p99 %.0f ms, "
                "longest %.0f ms, %ld over 100 ms\n",
                how, f.ok ? "ok" : "FAILED", static_cast<long long>(events), f.syncMs / 1000,
                f.gapsMs.size(), at(0.5), at(0.99), f.gapsMs.empty() ? 0.0 : f.gapsMs.back(), over);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle("Basic");
    const int detainees = argc > 1 ? std::atoi(argv[1]) : 8300;

    QTemporaryDir dir;
    const QString central = dir.filePath("central.sqlite");
    std::printf("writing a central database with one facility of %d detainees…\n", detainees);
    std::fflush(stdout);
    runServer({"demo", "--out", central, "--facilities", "1", "--detainees",
               QString::number(detainees), "--seed", "11"});
    QString facility;
    int64_t events = 0;
    {
        ronde::Store store(central.toStdString());
        facility = QString::fromStdString(store.registry().facilities().front().id);
        events = store.events().count();
    }
    QProcess server;
    server.start(RONDE_SERVER_BINARY, {"serve", "--database", central, "--listen", "127.0.0.1:0",
                                       "--insecure-loopback"});
    QString out;
    const QRegularExpression listening("luistert op (http://127\\.0\\.0\\.1:\\d+)");
    for (int i = 0; i < 100 && !listening.match(out).hasMatch(); ++i) {
        server.waitForReadyRead(100);
        out += QString::fromUtf8(server.readAllStandardOutput());
    }
    const QString url = listening.match(out).captured(1);
    if (url.isEmpty()) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(out));
        return 1;
    }

    // A window as the tablet shows it during a sync: the rounds list, and something that
    // moves (a busy indicator), so that every frame the UI thread can draw is drawn.
    QQmlEngine engine;
    engine.addImportPath("qrc:/qt/qml");
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import QtQuick.Controls
        import Ronde
        Window {
            property alias session: rounds.session
            width: 800; height: 1280; visible: true
            BusyIndicator { running: true; width: 120; height: 120 }
            ListView {
                y: 140; width: parent.width; height: parent.height - 140
                model: RoundsModel { id: rounds }
                delegate: Text { text: model.name + " " + model.reason }
            }
        }
    )",
                      QUrl());

    const auto measure = [&](const char *how, bool onWorker) {
        Session session;
        const ronde::DatabaseKey key = ronde::DatabaseKey::generate();
        session.openEncrypted(dir.filePath(QString("%1.sqlite").arg(how)), key, false);
        std::unique_ptr<QObject> root(component.create());
        if (!root) {
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
            std::exit(1);
        }
        root->setProperty("session", QVariant::fromValue(&session));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        Frames frames;
        QElapsedTimer clock;
        qint64 last = -1;
        bool recording = false;
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (recording && last >= 0) {
                frames.gapsMs.push_back(double(now - last) / 1e6);
            }
            last = now;
        });
        clock.start();
        // Let the window settle, then pull the whole facility.
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
        SyncController controller;
        controller.setSession(&session);
        recording = true;
        QElapsedTimer sync;
        sync.start();
        if (onWorker) {
            QEventLoop loop;
            QObject::connect(&controller, &SyncController::enrolFinished, &loop,
                             [&](const QString &error) {
                                 frames.ok = error.isEmpty();
                                 loop.quit();
                             });
            controller.enrol(url, enrolmentCode(central, facility));
            loop.exec();
        } else {
            ronde::sync::HttpClient client(*session.store());
            frames.ok =
                client.enrol(QUrl(url), enrolmentCode(central, facility), "bench").isEmpty() &&
                client.syncOnce().ok;
            session.reloadRegistry();
        }
        frames.syncMs = double(sync.nsecsElapsed()) / 1e6;
        // A second more: what the view models do with what arrived counts too.
        QEventLoop after;
        QTimer::singleShot(1000, &after, &QEventLoop::quit);
        after.exec();
        recording = false;
        report(how, std::move(frames), events);
    };
    measure("worker (the app)", true);
    measure("UI thread (before)", false);
    server.kill();
    server.waitForFinished();
    return 0;
}
