#include "preferences.h"

#include "uilanguage.h"

#include <QSettings>

namespace loopview {

namespace {

const QString LanguageKey = QStringLiteral("preferences/v1/language");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    // A language no longer shipped (or a hand-edited value) means the system's.
    preferences.language = uilanguage::find(settings.value(LanguageKey).toString());
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(LanguageKey, language);
}

} // namespace loopview
