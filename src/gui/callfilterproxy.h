#pragma once

#include <QSortFilterProxyModel>

namespace callwatch {

class ActiveCallsModel;

// What the table shows: the search text (names, numbers, extensions) and whether calls that
// ended but are still in the platform's cache are listed. Sorts on the model's raw values.
class CallFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setShowEnded(bool show);
    bool showEnded() const { return m_showEnded; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source when it is an ActiveCallsModel (looked up once, not once per comparison).
    const ActiveCallsModel *m_calls = nullptr;
    QString m_search;
    QStringList m_terms;
    bool m_showEnded = true;
};

} // namespace callwatch
