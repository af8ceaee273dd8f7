#pragma once

#include "alertrules.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace callwatch {

// The supervisor's thresholds, each with "Off" at zero. Shows and returns rules; the window
// saves and applies them.
class AlertsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertsDialog(const AlertRules &rules, QWidget *parent = nullptr);

    AlertRules rules() const;

private:
    QSpinBox *m_longCall = nullptr;
    QSpinBox *m_longHold = nullptr;
    QSpinBox *m_longWait = nullptr;
    QSpinBox *m_ringing = nullptr;
    QCheckBox *m_notify = nullptr;
};

} // namespace callwatch
