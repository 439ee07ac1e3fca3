#include "ui_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>

namespace {

QString systemChoice()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Dutch || system.language() == QLocale::C ? "nl" : "en";
}

// One pair of translators for the whole app, replaced on every switch.
QTranslator &ours()
{
    static QTranslator translator;
    return translator;
}

// The report's words (office/), shared with ronde-server.
QTranslator &reportWords()
{
    static QTranslator translator;
    return translator;
}

// The domain's words (words/), shared by every program.
QTranslator &domainWords()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtOwn()
{
    static QTranslator translator;
    return translator;
}

QString &activeCode()
{
    static QString code = "nl";
    return code;
}

// The choice of the staff member, which `useForNow` leaves as it was.
QString &rememberedCode()
{
    static QString code = "nl";
    return code;
}

// A language added by a file alone: its own catalogues, over the English ones.
QTranslator &added()
{
    static QTranslator translator;
    return translator;
}

QStringList translationFolders()
{
    QStringList folders = qEnvironmentVariable("RONDE_TRANSLATIONS").split(':', Qt::SkipEmptyParts);
    const QString beside = QCoreApplication::applicationDirPath();
    folders << beside + "/translations" << beside + "/../share/ronde/translations";
    return folders;
}

// The file of an added language, or nothing.
QString addedFile(const QString &code)
{
    for (const QString &folder : translationFolders()) {
        const QString file = folder + "/ronde_" + code + ".qm";
        if (QFileInfo::exists(file)) {
            return file;
        }
    }
    return {};
}

bool builtIn(const QString &code)
{
    return code == "nl" || code == "en";
}

} // namespace

UiLanguage::UiLanguage(QQmlEngine *engine)
    : m_engine(engine)
{}

UiLanguage *UiLanguage::create(QQmlEngine *engine, QJSEngine *)
{
    return new UiLanguage(engine);
}

QString UiLanguage::current()
{
    return activeCode();
}

QStringList UiLanguage::available()
{
    QStringList codes{"nl", "en"};
    static const QRegularExpression name("^ronde_([A-Za-z]{2,3}(_[A-Za-z0-9]{2,4})?)\\.qm$");
    for (const QString &folder : translationFolders()) {
        for (const QString &file : QDir(folder).entryList({"ronde_*.qm"}, QDir::Files)) {
            const QRegularExpressionMatch match = name.match(file);
            if (match.hasMatch() && !codes.contains(match.captured(1))) {
                codes.append(match.captured(1));
            }
        }
    }
    return codes;
}

bool UiLanguage::rightToLeft() const
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QVariantList UiLanguage::languages() const
{
    QVariantList list;
    for (const QString &code : available()) {
        QString name = code == "nl"   ? QStringLiteral("Nederlands")
                       : code == "en" ? QStringLiteral("English")
                                      : QLocale(code).nativeLanguageName();
        QTranslator file;
        if (!builtIn(code) && file.load(addedFile(code))) {
            // A file may name its language itself (a test language has no locale name).
            const QString own = file.translate("UiLanguage", "LANGUAGE_NAME");
            if (!own.isEmpty()) {
                name = own;
            }
        }
        list.append(QVariantMap{{"code", code}, {"name", name}});
    }
    return list;
}

void UiLanguage::install(const QString &code)
{
    activeCode() = code;
    const QString base = builtIn(code) ? code : QStringLiteral("en");
    QLocale::setDefault(code == "nl"   ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                        : code == "en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                       : QLocale(code));
    QCoreApplication::removeTranslator(&added());
    QCoreApplication::removeTranslator(&ours());
    QCoreApplication::removeTranslator(&qtOwn());
    QCoreApplication::removeTranslator(&reportWords());
    QCoreApplication::removeTranslator(&domainWords());
    // The Dutch file matters too: it holds the plural forms ("1 dag", "3 dagen").
    if (ours().load(":/i18n/ronde_" + base + ".qm")) {
        QCoreApplication::installTranslator(&ours());
    }
    if (reportWords().load(":/i18n/ronde-office_" + base + ".qm")) {
        QCoreApplication::installTranslator(&reportWords());
    }
    if (domainWords().load(":/i18n/ronde-words_" + base + ".qm")) {
        QCoreApplication::installTranslator(&domainWords());
    }
    if (qtOwn().load(QLocale(), "qtbase", "_",
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtOwn());
    }
    // Installed last, so asked first; what it leaves out comes from the English ones.
    bool mirrored = QLocale(code).textDirection() == Qt::RightToLeft && !builtIn(code);
    if (!builtIn(code) && added().load(addedFile(code))) {
        QCoreApplication::installTranslator(&added());
        mirrored = mirrored || added().translate("QGuiApplication", "QT_LAYOUT_DIRECTION") ==
                                   QLatin1String("RTL");
    }
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(mirrored ? Qt::RightToLeft : Qt::LeftToRight);
    }
}

void UiLanguage::applyAtStart(const QString &override)
{
    QString code = override;
    if (code.isEmpty()) {
        code = QSettings().value("language").toString();
    }
    if (!isAvailable(code)) {
        code = systemChoice();
    }
    rememberedCode() = code;
    install(code);
}

void UiLanguage::switchTo(const QString &code)
{
    if (!isAvailable(code) || code == current()) {
        return;
    }
    install(code);
    if (m_engine) {
        m_engine->retranslate();
    }
    emit codeChanged();
}

void UiLanguage::choose(const QString &code)
{
    if (!isAvailable(code)) {
        return;
    }
    QSettings().setValue("language", code);
    rememberedCode() = code;
    switchTo(code);
}

void UiLanguage::useForNow(const QString &code)
{
    switchTo(code);
}

void UiLanguage::restore()
{
    switchTo(rememberedCode());
}
