#include "pdf/pdf_objects.hpp"

#include "pdf/haru_session.hpp"

#include <cmath>

namespace stadtsatz::pdf {
namespace {

// Written inside the dictionary of a stream that carries compressed bytes: libharu removes a
// /Filter entry of a stream it does not compress itself, but calls this hook while writing.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

HPDF_Dict stream_with(HPDF_Doc document, const void* data, std::size_t size) {
    HPDF_Dict stream = HPDF_DictStream_New(document->mmgr, document->xref);
    if (stream == nullptr) {
        return nullptr;
    }
    stream->filter = HPDF_STREAM_FILTER_NONE;
    if (size > 0) {
        HPDF_Stream_Write(stream->stream, static_cast<const HPDF_BYTE*>(data),
                          static_cast<HPDF_UINT>(size));
    }
    return stream;
}

// Whether a number is written as an integer: whole and within PDF's integer range.
bool is_whole(double value) {
    return std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 2e9;
}

} // namespace

HPDF_Dict PdfObjects::indirect_dictionary() {
    HPDF_Dict dictionary = HPDF_Dict_New(document_->mmgr);
    if (dictionary != nullptr) {
        HPDF_Xref_Add(document_->xref, dictionary);
    }
    return dictionary;
}

HPDF_Dict PdfObjects::direct_dictionary() {
    return HPDF_Dict_New(document_->mmgr);
}

HPDF_Array PdfObjects::array() {
    return HPDF_Array_New(document_->mmgr);
}

HPDF_Dict PdfObjects::compressed_stream(const std::vector<std::uint8_t>& data) {
    HPDF_Dict stream = stream_with(document_, data.data(), data.size());
    if (stream != nullptr) {
        stream->write_fn = write_flate_filter;
    }
    return stream;
}

void PdfObjects::mark_compressed(HPDF_Dict stream) {
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = write_flate_filter;
}

HPDF_Dict PdfObjects::plain_stream(std::string_view data) {
    return stream_with(document_, data.data(), data.size());
}

HPDF_Dict PdfObjects::jpeg_stream(const std::vector<std::uint8_t>& data) {
    HPDF_Dict stream = stream_with(document_, data.data(), data.size());
    if (stream != nullptr) {
        stream->filter = HPDF_STREAM_FILTER_DCT_DECODE; // libharu names it and copies the bytes
    }
    return stream;
}

HPDF_Binary PdfObjects::text_string(const std::string& utf8) {
    return pdf::text_string(document_->mmgr, utf8);
}

HPDF_Binary PdfObjects::byte_string(std::string_view bytes) {
    return HPDF_Binary_New(document_->mmgr,
                           reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(bytes.data())),
                           static_cast<HPDF_UINT>(bytes.size()));
}

void PdfObjects::add_name(HPDF_Dict dictionary, const char* key, const char* name) {
    HPDF_Dict_AddName(dictionary, key, name);
}

void PdfObjects::add_integer(HPDF_Dict dictionary, const char* key, std::int64_t value) {
    HPDF_Dict_AddNumber(dictionary, key, static_cast<HPDF_INT32>(value));
}

void PdfObjects::add_real(HPDF_Dict dictionary, const char* key, double value) {
    if (is_whole(value)) {
        HPDF_Dict_AddNumber(dictionary, key, static_cast<HPDF_INT32>(std::lround(value)));
    } else {
        HPDF_Dict_AddReal(dictionary, key, static_cast<HPDF_REAL>(value));
    }
}

void PdfObjects::add_boolean(HPDF_Dict dictionary, const char* key, bool value) {
    HPDF_Dict_AddBoolean(dictionary, key, value ? HPDF_TRUE : HPDF_FALSE);
}

void PdfObjects::add_text(HPDF_Dict dictionary, const char* key, const std::string& utf8) {
    if (HPDF_Binary value = text_string(utf8); value != nullptr) {
        HPDF_Dict_Add(dictionary, key, value);
    }
}

void PdfObjects::add(HPDF_Dict dictionary, const char* key, void* object) {
    if (object != nullptr) {
        HPDF_Dict_Add(dictionary, key, object);
    }
}

HPDF_Array PdfObjects::numbers(const std::vector<double>& values) {
    HPDF_Array result = array();
    for (const double value : values) {
        if (is_whole(value)) {
            HPDF_Array_AddNumber(result, static_cast<HPDF_INT32>(std::lround(value)));
        } else {
            HPDF_Array_AddReal(result, static_cast<HPDF_REAL>(value));
        }
    }
    return result;
}

} // namespace stadtsatz::pdf
