#include "endpointdialog.h"

#include "theme.h"

#include "common/boxlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace dh {

namespace {

// A line edit with a button that picks a file into it.
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &filter)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QPushButton(EndpointDialog::tr("Browse…"), box);
    row->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, box, filter] {
        const QString path = QFileDialog::getOpenFileName(box, QString(), QFileInfo(edit->text()).absolutePath(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

} // namespace

EndpointDialog::EndpointDialog(const EndpointFile &file, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_id(id)
    , m_problem(new BoxLabel(this))
    , m_idEdit(new QLineEdit(this))
    , m_labelVi(new QLineEdit(this))
    , m_labelEn(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_pxwebQuery(new QPlainTextEdit(this))
    , m_mapping(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_authKind(new QComboBox(this))
    , m_tokenEnvironment(new QLineEdit(this))
    , m_keychainKey(new QLineEdit(this))
    , m_certificateFile(new QLineEdit(this))
    , m_passphraseEnvironment(new QLineEdit(this))
    , m_scheduleKind(new QComboBox(this))
    , m_everyMinutes(new QSpinBox(this))
    , m_dailyAt(new QTimeEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
{
    setWindowTitle(id.isEmpty() ? tr("Add an endpoint") : tr("Edit endpoint %1").arg(id));
    m_idEdit->setObjectName(QStringLiteral("id"));
    m_url->setObjectName(QStringLiteral("url"));
    m_format->setObjectName(QStringLiteral("format"));
    m_scheduleKind->setObjectName(QStringLiteral("schedule"));
    m_everyMinutes->setObjectName(QStringLiteral("everyMinutes"));
    m_labelVi->setObjectName(QStringLiteral("labelVi"));
    m_problem->setObjectName(QStringLiteral("endpointProblem"));
    m_problem->setLook(theme::errorLook());
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_format->addItems(Endpoint::formats());
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_pxwebQuery->setPlaceholderText(tr("PX-Web only: the query as JSON, {\"query\": […], \"response\": {\"format\": \"json-stat2\"}}"));
    m_pxwebQuery->setTabChangesFocus(true);
    m_authKind->addItem(tr("None"), int(EndpointAuth::Kind::None));
    m_authKind->addItem(tr("Bearer token"), int(EndpointAuth::Kind::Bearer));
    m_authKind->addItem(tr("Client certificate (PKCS#12)"), int(EndpointAuth::Kind::ClientCertificate));
    m_scheduleKind->addItem(tr("Manual (Sync now only)"), int(EndpointSchedule::Kind::Manual));
    m_scheduleKind->addItem(tr("Every N minutes"), int(EndpointSchedule::Kind::Every));
    m_scheduleKind->addItem(tr("Daily at (Hà Nội time)"), int(EndpointSchedule::Kind::Daily));
    m_everyMinutes->setRange(1, 7 * 24 * 60);
    m_everyMinutes->setSuffix(tr(" min"));
    m_dailyAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("Identifier"), m_idEdit);
    form->addRow(tr("Name (Vietnamese)"), m_labelVi);
    form->addRow(tr("Name (English)"), m_labelEn);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("PX-Web query"), m_pxwebQuery);
    form->addRow(tr("Code mapping file"), withBrowse(m_mapping, this, tr("Code mapping (*.json)")));
    form->addRow(tr("Trusted CA file"), withBrowse(m_caFile, this, tr("Certificates (*.pem *.crt)")));
    form->addRow(tr("Authentication"), m_authKind);
    form->addRow(tr("Token environment variable"), m_tokenEnvironment);
    form->addRow(tr("Token keychain key"), m_keychainKey);
    form->addRow(tr("Certificate file"), withBrowse(m_certificateFile, this, tr("PKCS#12 (*.p12 *.pfx)")));
    form->addRow(tr("Passphrase environment variable"), m_passphraseEnvironment);
    form->addRow(tr("Schedule"), m_scheduleKind);
    form->addRow(tr("Every"), m_everyMinutes);
    form->addRow(tr("Daily at"), m_dailyAt);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(QString(), m_enabled);

    auto *secrets = new QLabel(tr("Tokens and passphrases are never written in the endpoints file: give the name of the "
                                  "environment variable that holds the token, or the key of the entry in the system "
                                  "keychain (service “dieuhanh”)."),
                               this);
    secrets->setWordWrap(true);
    theme::setRole(secrets, theme::Role::Hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndpointDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndpointDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(secrets);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &EndpointDialog::updateFields);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &EndpointDialog::updateFields);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, &EndpointDialog::updateFields);

    const Endpoint *existing = m_file.find(id);
    fill(existing ? *existing : Endpoint());
    m_idEdit->setReadOnly(existing != nullptr);
}

void EndpointDialog::fill(const Endpoint &e)
{
    const QDir folder = QFileInfo(m_file.path).absoluteDir();
    const auto relative = [&folder](const QString &path) { return path.isEmpty() ? path : folder.relativeFilePath(path); };
    m_idEdit->setText(e.id);
    m_labelVi->setText(e.label.value(QStringLiteral("vi")));
    m_labelEn->setText(e.label.value(QStringLiteral("en")));
    m_format->setCurrentIndex(std::max(0, int(Endpoint::formats().indexOf(e.format))));
    m_url->setText(e.url.toString());
    m_pxwebQuery->setPlainText(e.pxwebQuery.isEmpty() ? QString()
                                                      : QString::fromUtf8(QJsonDocument::fromJson(e.pxwebQuery).toJson(QJsonDocument::Indented)));
    m_mapping->setText(relative(e.mappingFile));
    m_caFile->setText(relative(e.caFile));
    m_authKind->setCurrentIndex(m_authKind->findData(int(e.auth.kind)));
    m_tokenEnvironment->setText(e.auth.tokenEnvironment);
    m_keychainKey->setText(e.auth.keychainKey);
    m_certificateFile->setText(relative(e.auth.certificateFile));
    m_passphraseEnvironment->setText(e.auth.passphraseEnvironment);
    m_scheduleKind->setCurrentIndex(m_scheduleKind->findData(int(e.schedule.kind)));
    m_everyMinutes->setValue(e.schedule.everyMinutes > 0 ? e.schedule.everyMinutes : 60);
    m_dailyAt->setTime(e.schedule.dailyAt.isValid() ? e.schedule.dailyAt : QTime(6, 30));
    m_timeout->setValue(int(e.timeout.count()));
    m_enabled->setChecked(e.enabled);
    updateFields();
}

void EndpointDialog::updateFields()
{
    auto *form = findChild<QFormLayout *>();
    const auto auth = EndpointAuth::Kind(m_authKind->currentData().toInt());
    const auto schedule = EndpointSchedule::Kind(m_scheduleKind->currentData().toInt());
    form->setRowVisible(m_pxwebQuery, m_format->currentText() == u"pxweb");
    form->setRowVisible(m_tokenEnvironment, auth == EndpointAuth::Kind::Bearer);
    form->setRowVisible(m_keychainKey, auth == EndpointAuth::Kind::Bearer);
    form->setRowVisible(m_certificateFile->parentWidget(), auth == EndpointAuth::Kind::ClientCertificate);
    form->setRowVisible(m_passphraseEnvironment, auth == EndpointAuth::Kind::ClientCertificate);
    form->setRowVisible(m_everyMinutes, schedule == EndpointSchedule::Kind::Every);
    form->setRowVisible(m_dailyAt, schedule == EndpointSchedule::Kind::Daily);
}

// The members as resources/schemas/endpoints.md names them; what the form leaves empty is left out,
// so the reader's defaults and its refusals of what is missing apply.
QJsonObject EndpointDialog::endpointJson() const
{
    QJsonObject o;
    const auto put = [](QJsonObject &object, const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            object.insert(QLatin1StringView(key), value.trimmed());
    };
    put(o, "id", m_idEdit->text());
    QJsonObject label;
    put(label, "vi", m_labelVi->text());
    put(label, "en", m_labelEn->text());
    if (!label.isEmpty())
        o.insert(u"label", label);
    o.insert(u"format", m_format->currentText());
    put(o, "url", m_url->text());
    if (m_format->currentText() == u"pxweb" && !m_pxwebQuery->toPlainText().trimmed().isEmpty()) {
        const QJsonDocument query = QJsonDocument::fromJson(m_pxwebQuery->toPlainText().toUtf8());
        // Text that is not JSON goes in as text, for the reader to refuse by its field's name.
        o.insert(u"pxwebQuery", query.isObject() ? QJsonValue(query.object()) : QJsonValue(m_pxwebQuery->toPlainText()));
    }
    put(o, "mapping", m_mapping->text());
    put(o, "caFile", m_caFile->text());
    switch (EndpointAuth::Kind(m_authKind->currentData().toInt())) {
    case EndpointAuth::Kind::None: break;
    case EndpointAuth::Kind::Bearer: {
        QJsonObject auth{{QStringLiteral("type"), QStringLiteral("bearer")}};
        put(auth, "tokenEnvironment", m_tokenEnvironment->text());
        put(auth, "keychainKey", m_keychainKey->text());
        o.insert(u"auth", auth);
        break;
    }
    case EndpointAuth::Kind::ClientCertificate: {
        QJsonObject auth{{QStringLiteral("type"), QStringLiteral("clientCertificate")}};
        put(auth, "certificateFile", m_certificateFile->text());
        put(auth, "passphraseEnvironment", m_passphraseEnvironment->text());
        o.insert(u"auth", auth);
        break;
    }
    }
    switch (EndpointSchedule::Kind(m_scheduleKind->currentData().toInt())) {
    case EndpointSchedule::Kind::Manual: break;
    case EndpointSchedule::Kind::Every: o.insert(u"schedule", QJsonObject{{QStringLiteral("every"), m_everyMinutes->value()}}); break;
    case EndpointSchedule::Kind::Daily:
        o.insert(u"schedule", QJsonObject{{QStringLiteral("daily"), m_dailyAt->time().toString(u"HH:mm")}});
        break;
    }
    o.insert(u"timeout", m_timeout->value());
    if (!m_enabled->isChecked())
        o.insert(u"enabled", false);
    return o;
}

Result<EndpointFile> EndpointDialog::edited() const
{
    QJsonObject document = QJsonDocument::fromJson(m_file.toJson(m_file.path)).object();
    QJsonArray endpoints = document.value(u"endpoints").toArray();
    qsizetype at = endpoints.size();
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        if (!m_id.isEmpty() && endpoints.at(i).toObject().value(u"id").toString() == m_id)
            at = i;
    }
    if (at < endpoints.size())
        endpoints.replace(at, endpointJson());
    else
        endpoints.append(endpointJson());
    document.insert(u"endpoints", endpoints);
    return EndpointFile::parse(QJsonDocument(document).toJson(QJsonDocument::Indented), m_file.path);
}

void EndpointDialog::accept()
{
    auto file = edited();
    // The user's configuration folder may not be there before the first endpoint.
    QDir().mkpath(QFileInfo(m_file.path).absolutePath());
    auto saved = file ? file->write(m_file.path) : Result<void>(file.error());
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace dh
