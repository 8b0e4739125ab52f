#pragma once

#include "core/result.h"
#include "sync/endpointfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace dh {

class BoxLabel;

// A form for one endpoint of the endpoints file, to add one or change one without an editor. What
// it checks is what the file's reader checks: the form is made into the file's JSON and read back
// by EndpointFile::parse, so the rules live in one place, and the refusal names the field. Saving
// writes the whole file (EndpointFile::write). Secrets have no field: the form names the
// environment variable or the keychain entry that holds a token.
class EndpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDialog)

public:
    // id: the endpoint to edit; empty: a new one, added at the end of the file.
    EndpointDialog(const EndpointFile &file, const QString &id, QWidget *parent = nullptr);

    // The file with the form's endpoint in it, read back as the file would be; or why not.
    Result<EndpointFile> edited() const;
    BoxLabel *problem() const { return m_problem; }

    void accept() override;

private:
    void fill(const Endpoint &endpoint);
    QJsonObject endpointJson() const;
    void updateFields();

    EndpointFile m_file;
    QString m_id;
    BoxLabel *m_problem;
    QLineEdit *m_idEdit;
    QLineEdit *m_labelVi;
    QLineEdit *m_labelEn;
    QComboBox *m_format;
    QLineEdit *m_url;
    QPlainTextEdit *m_pxwebQuery;
    QLineEdit *m_mapping;
    QLineEdit *m_caFile;
    QComboBox *m_authKind;
    QLineEdit *m_tokenEnvironment;
    QLineEdit *m_keychainKey;
    QLineEdit *m_certificateFile;
    QLineEdit *m_passphraseEnvironment;
    QComboBox *m_scheduleKind;
    QSpinBox *m_everyMinutes;
    QTimeEdit *m_dailyAt;
    QSpinBox *m_timeout;
    QCheckBox *m_enabled;
};

} // namespace dh
