#include "pdf/haru_session.hpp"

#include "layout/utf8.hpp"

#include <cstdio>

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
    if (!errors.empty() && document_ != nullptr) {
        HPDF_ResetError(document_);
    }
    return errors;
}

HPDF_Binary text_string(HPDF_MMgr memory, const std::string& utf8) {
    std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF}; // byte order mark: UTF-16BE
    bytes.reserve(2 + utf8.size() * 2);
    auto push = [&](unsigned unit) {
        bytes.push_back(static_cast<HPDF_BYTE>(unit >> 8));
        bytes.push_back(static_cast<HPDF_BYTE>(unit & 0xFF));
    };
    for (char32_t code_point : layout::decode_utf8(utf8)) {
        if (code_point >= 0x10000) {
            const unsigned value = static_cast<unsigned>(code_point) - 0x10000;
            push(0xD800 + (value >> 10));
            push(0xDC00 + (value & 0x3FF));
        } else {
            push(static_cast<unsigned>(code_point));
        }
    }
    return HPDF_Binary_New(memory, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

void set_text_string(HPDF_Dict dictionary, const char* key, const std::string& utf8) {
    if (HPDF_Binary value = text_string(dictionary->mmgr, utf8); value != nullptr) {
        HPDF_Dict_Add(dictionary, key, value);
    }
}

} // namespace stadtsatz::pdf
