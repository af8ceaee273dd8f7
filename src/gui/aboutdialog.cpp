#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace callwatch {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CallWatch"));

    // The application's icon, whichever one the program set (none in a bare build).
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("iconLabel"));
    const QIcon appIcon = QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setVisible(!appIcon.isNull());
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("CallWatch icon"));

    auto *name = new QLabel(tr("CallWatch"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);

    auto *description
        = new QLabel(tr("Live dashboard of the calls in progress on a RingCentral account."), this);
    description->setWordWrap(true);
    // Wide enough for the longer languages to wrap into two or three lines, not a column.
    description->setMinimumWidth(description->fontMetrics().averageCharWidth() * 50);

    auto *version = new QLabel(tr("Version %1").arg(QLatin1String(CALLWATCH_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setAccessibleName(tr("Version"));

    // Both, because a distribution may run the program on a newer Qt than it was built with.
    auto *qt = new QLabel(
        tr("Qt %1 (built with Qt %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)), this);
    qt->setObjectName(QStringLiteral("qtVersionLabel"));
    qt->setAccessibleName(tr("Qt version"));

    auto *licence = new QLabel(tr("Free software under the MIT License."), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setWordWrap(true);

    // A link that Tab reaches and Enter opens, as well as a click.
    auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage().toHtmlEscaped()), this);
    link->setObjectName(QStringLiteral("homepageLabel"));
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setOpenExternalLinks(true);
    link->setFocusPolicy(Qt::StrongFocus);
    link->setAccessibleName(tr("Project page"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setAccessibleName(tr("Close"));

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    for (QWidget *w : std::initializer_list<QWidget *> { name, description, version, qt, licence, link })
        text->addWidget(w);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    close->setFocus();
}

QString AboutDialog::homepage()
{
    return QStringLiteral(CALLWATCH_HOMEPAGE);
}

} // namespace callwatch
