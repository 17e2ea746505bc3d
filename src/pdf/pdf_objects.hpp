#pragma once

#include <cstdint>
#include <hpdf.h>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::pdf {

// Small helpers over libharu's object API (HPDF_Dict_*, HPDF_Array_*, HPDF_Xref_Add), so the
// writer reads as what it writes. Objects are owned by the document's memory manager.
class PdfObjects {
public:
    explicit PdfObjects(HPDF_Doc document) : document_(document) {}

    HPDF_Doc document() const { return document_; }

    // A dictionary written as an indirect object ("n 0 R" wherever it is used).
    HPDF_Dict indirect_dictionary();
    // A dictionary written in place (it may be added to one container only).
    HPDF_Dict direct_dictionary();
    HPDF_Array array();

    // A stream object whose bytes are already Flate-compressed: libharu writes them as they
    // are and the dictionary says /Filter /FlateDecode.
    HPDF_Dict compressed_stream(const std::vector<std::uint8_t>& data);
    // Marks an existing stream (a page's contents) as carrying Flate-compressed bytes.
    static void mark_compressed(HPDF_Dict stream);
    // A stream written without any filter (XMP metadata must stay readable as text).
    HPDF_Dict plain_stream(std::string_view data);
    // A stream with DCT (JPEG) data, written as it is.
    HPDF_Dict jpeg_stream(const std::vector<std::uint8_t>& data);

    // A text string in UTF-16BE with byte order mark (PDF's form for any non-ASCII text).
    HPDF_Binary text_string(const std::string& utf8);
    // A byte string, written in hex.
    HPDF_Binary byte_string(std::string_view bytes);

    void add_name(HPDF_Dict dictionary, const char* key, const char* name);
    void add_integer(HPDF_Dict dictionary, const char* key, std::int64_t value);
    void add_real(HPDF_Dict dictionary, const char* key, double value);
    void add_boolean(HPDF_Dict dictionary, const char* key, bool value);
    void add_text(HPDF_Dict dictionary, const char* key, const std::string& utf8);
    void add(HPDF_Dict dictionary, const char* key, void* object);

    // An array of numbers, e.g. a rectangle [left bottom right top].
    HPDF_Array numbers(const std::vector<double>& values);

private:
    HPDF_Doc document_;
};

} // namespace stadtsatz::pdf
