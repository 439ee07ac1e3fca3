// Runs `ronde-server evaluate SCENARIO` and compares its answer with EXPECTED.
// EXPECTED lists only what matters: every key it names must be present with the same value
// (recursively); arrays must have the same length. An expected file of the form
// {"exitCode": 2, "errorContains": "..."} checks a refusal instead.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

using Json = nlohmann::json;

namespace {

// Returns an empty string when actual contains expected, else where they differ.
std::string firstDifference(const Json &expected, const Json &actual, const std::string &path)
{
    if (expected.is_object()) {
        if (!actual.is_object()) {
            return path + ": expected an object";
        }
        for (const auto &[key, value] : expected.items()) {
            if (!actual.contains(key)) {
                return path + "." + key + ": missing";
            }
            if (auto m = firstDifference(value, actual.at(key), path + "." + key); !m.empty()) {
                return m;
            }
        }
        return {};
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            return path + ": expected " + std::to_string(expected.size()) + " items, got " +
                   actual.dump();
        }
        for (size_t i = 0; i < expected.size(); ++i) {
            if (auto m =
                    firstDifference(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
                !m.empty()) {
                return m;
            }
        }
        return {};
    }
    return expected == actual ? std::string()
                              : path + ": expected " + expected.dump() + ", got " + actual.dump();
}

Json readJson(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
        std::exit(2);
    }
    return Json::parse(in.readAll().toStdString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: scenario_check RONDE_SERVER SCENARIO EXPECTED\n");
        return 2;
    }
    const Json expected = readJson(argv[3]);
    QProcess server;
    server.start(argv[1], {"evaluate", argv[2]});
    if (!server.waitForFinished(30'000)) {
        std::fprintf(stderr, "ronde-server evaluate did not finish\n");
        return 1;
    }
    const std::string out = server.readAllStandardOutput().toStdString();
    const std::string err = server.readAllStandardError().toStdString();
    const int exitCode = server.exitStatus() == QProcess::NormalExit ? server.exitCode() : -1;

    if (expected.contains("exitCode")) {
        const int wanted = expected.at("exitCode").get<int>();
        const std::string needle = expected.value("errorContains", std::string());
        if (exitCode != wanted || err.find(needle) == std::string::npos || !out.empty()) {
            std::fprintf(stderr, "expected exit %d with '%s' and no output; got exit %d\n%s%s\n",
                         wanted, needle.c_str(), exitCode, err.c_str(), out.c_str());
            return 1;
        }
        std::printf("refused as expected: %s", err.c_str());
        return 0;
    }
    if (exitCode != 0) {
        std::fprintf(stderr, "exit %d\n%s\n", exitCode, err.c_str());
        return 1;
    }
    const std::string difference = firstDifference(expected, Json::parse(out), "$");
    if (!difference.empty()) {
        std::fprintf(stderr, "%s\n--- answer:\n%s\n", difference.c_str(), out.c_str());
        return 1;
    }
    std::printf("as expected\n");
    return 0;
}
