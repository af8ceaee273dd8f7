#include "alertsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace callwatch {

namespace {

QSpinBox *thresholdBox(int value, int maximum, const QString &suffix, const QString &accessibleName)
{
    auto *box = new QSpinBox;
    box->setRange(0, maximum);
    box->setSpecialValueText(AlertsDialog::tr("Off"));
    box->setSuffix(suffix);
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

AlertsDialog::AlertsDialog(const AlertRules &rules, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Alerts"));
    auto *intro = new QLabel(tr("A call past one of these lines is marked in the table: a coloured row, a "
                                "warning icon and a line saying which; new ones can also be announced on "
                                "the desktop. 0 turns a line off."));
    intro->setWordWrap(true);

    m_longCall = thresholdBox(rules.longCallMinutes, 24 * 60, tr(" min"), tr("Call longer than, in minutes"));
    m_longHold = thresholdBox(rules.longHoldSeconds, 86400, tr(" s"), tr("On hold longer than, in seconds"));
    m_longWait = thresholdBox(rules.longWaitSeconds, 86400, tr(" s"),
                              tr("Caller waiting in a queue longer than, in seconds"));
    m_ringing = thresholdBox(rules.ringingSeconds, 86400, tr(" s"),
                             tr("Ringing unanswered longer than, in seconds"));

    auto *form = new QFormLayout;
    form->addRow(tr("Call &longer than:"), m_longCall);
    form->addRow(tr("On &hold longer than:"), m_longHold);
    form->addRow(tr("Caller &waiting in a queue longer than:"), m_longWait);
    form->addRow(tr("&Ringing unanswered longer than:"), m_ringing);
    m_notify = new QCheckBox(tr("Also announce new alerts on the &desktop"));
    m_notify->setChecked(rules.notify);
    form->addRow(m_notify);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Return in a field accepts
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AlertRules AlertsDialog::rules() const
{
    AlertRules r;
    r.longCallMinutes = m_longCall->value();
    r.longHoldSeconds = m_longHold->value();
    r.longWaitSeconds = m_longWait->value();
    r.ringingSeconds = m_ringing->value();
    r.notify = m_notify->isChecked();
    return r;
}

} // namespace callwatch
