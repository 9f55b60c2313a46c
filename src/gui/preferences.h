#pragma once

#include <QString>

class QSettings;

namespace loopview {

// What Settings ▸ Preferences chooses, kept in QSettings under "preferences/v1/…". Never the API
// key: keys live in the keyring or in memory only.
struct Preferences {
    QString language;  // a shipped language's code ("de", "zh_CN"); empty for the system's

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const Preferences &a, const Preferences &b) { return a.language == b.language; }
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};

} // namespace loopview
