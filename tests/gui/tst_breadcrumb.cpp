#include "gui/breadcrumb.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace dh;

// From one province to another the trail keeps its links and labels and renames them; a trail of
// another length is made anew. Either way every step but the last is a link to its index.
class TestBreadcrumb : public QObject
{
    Q_OBJECT

private slots:
    void anotherProvinceRenamesTheSteps()
    {
        Breadcrumb crumb;
        crumb.setSteps({u"Toàn quốc"_qs, u"Đà Nẵng"_qs, u"Thu ngân sách nhà nước"_qs});
        const QList<QToolButton *> links = crumb.findChildren<QToolButton *>();
        const QList<QLabel *> labels = crumb.findChildren<QLabel *>();
        QCOMPARE(links.size(), 2);
        QCOMPARE(labels.size(), 3); // two separators and the last step

        crumb.setSteps({u"Toàn quốc"_qs, u"Hải Phòng"_qs, u"Thu ngân sách nhà nước"_qs});
        QCOMPARE(crumb.findChildren<QToolButton *>(), links);
        QCOMPARE(crumb.findChildren<QLabel *>(), labels);
        QCOMPARE(links.at(1)->text(), u"Hải Phòng"_qs);
        QSignalSpy clicked(&crumb, &Breadcrumb::stepClicked);
        links.at(1)->click();
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), 1);

        crumb.setSteps({u"Toàn quốc"_qs, u"Hải Phòng"_qs});
        QCOMPARE(crumb.findChildren<QToolButton *>().size(), 1);
        const QList<QLabel *> shorter = crumb.findChildren<QLabel *>();
        QCOMPARE(shorter.size(), 2);
        QCOMPARE(shorter.last()->text(), u"Hải Phòng"_qs);
    }
};

QTEST_MAIN(TestBreadcrumb)
#include "tst_breadcrumb.moc"
