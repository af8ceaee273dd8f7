#pragma once

#include <QDialog>

class QLabel;

namespace callwatch {

// Help ▸ About CallWatch: what the program is, its version, the Qt it runs on and was built
// with, its licence and the project page.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The project page the dialog links to (PROJECT_HOMEPAGE_URL of the build).
    static QString homepage();
};

} // namespace callwatch
