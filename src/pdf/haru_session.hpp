#pragma once

#include "model/diagnostic.hpp"

#include <hpdf.h>
#include <string>
#include <vector>

namespace stadtsatz::pdf {

// One libharu document with an error handler that records errors instead of aborting.
class HaruSession {
public:
    HaruSession();
    ~HaruSession();
    HaruSession(const HaruSession&) = delete;
    HaruSession& operator=(const HaruSession&) = delete;

    HPDF_Doc document() const { return document_; }
    bool valid() const { return document_ != nullptr; }

    // Errors libharu reported since the last call, as text; clears them and libharu's state.
    std::vector<std::string> take_errors();

private:
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);

    HPDF_Doc document_ = nullptr;
    std::vector<std::string> errors_;
};

// A text string in UTF-16BE with byte order mark (PDF's form for non-ASCII text).
HPDF_Binary text_string(HPDF_MMgr memory, const std::string& utf8);

// Sets a dictionary entry to such a text string.
void set_text_string(HPDF_Dict dictionary, const char* key, const std::string& utf8);

} // namespace stadtsatz::pdf
