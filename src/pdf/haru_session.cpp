#include "pdf/haru_session.hpp"

#include "pdf/utf16_text.hpp"

#include <cstdio>
#include <string>

namespace stadtsatz::pdf {

HaruSession::HaruSession() {
    document_ = HPDF_New(&HaruSession::on_error, this);
}

HaruSession::~HaruSession() {
    if (document_ != nullptr) {
        HPDF_Free(document_);
    }
}

void HaruSession::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    auto* session = static_cast<HaruSession*>(user_data);
    char text[64];
    std::snprintf(text, sizeof text, "libharu error 0x%04X (detail %u)",
                  static_cast<unsigned>(error), static_cast<unsigned>(detail));
    session->errors_.emplace_back(text);
}

std::vector<std::string> HaruSession::take_errors() {
    std::vector<std::string> errors;
    errors.swap(errors_);
    // Some libharu functions (HPDF_Array_Add past HPDF_LIMIT_MAX_ARRAY) only set the error
    // without calling the handler; saving then fails with the meaningless "invalid document".
    if (errors.empty() && document_ != nullptr && HPDF_GetError(document_) != HPDF_OK) {
        const HPDF_STATUS error = HPDF_GetError(document_);
        if (error == HPDF_ARRAY_COUNT_ERR) {
            errors.push_back("das PDF fasst höchstens " + std::to_string(HPDF_LIMIT_MAX_ARRAY) +
                             " Einträge je Liste; dieses Dokument braucht mehr (etwa eine Tabelle "
                             "mit so vielen Zeilen oder ein Absatz mit so vielen Links): bitte "
                             "aufteilen");
        } else {
            char text[64];
            std::snprintf(text, sizeof text, "libharu error 0x%04X", static_cast<unsigned>(error));
            errors.emplace_back(text);
        }
    }
    if (!errors.empty() && document_ != nullptr) {
        HPDF_ResetError(document_);
    }
    return errors;
}

HPDF_Binary text_string(HPDF_MMgr memory, const std::string& utf8) {
    std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF}; // byte order mark: UTF-16BE
    for (const std::uint16_t unit : utf16_units(utf8)) {
        bytes.push_back(static_cast<HPDF_BYTE>(unit >> 8));
        bytes.push_back(static_cast<HPDF_BYTE>(unit & 0xFF));
    }
    return HPDF_Binary_New(memory, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

void set_text_string(HPDF_Dict dictionary, const char* key, const std::string& utf8) {
    if (HPDF_Binary value = text_string(dictionary->mmgr, utf8); value != nullptr) {
        HPDF_Dict_Add(dictionary, key, value);
    }
}

} // namespace stadtsatz::pdf
