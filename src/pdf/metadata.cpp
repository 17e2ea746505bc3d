#include "pdf/metadata.hpp"

#include <cstdlib>
#include <ctime>

namespace stadtsatz::pdf {
namespace {

HPDF_Date creation_date() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) {
        now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    }
    std::tm utc{};
    gmtime_r(&now, &utc);
    HPDF_Date date{};
    date.year = utc.tm_year + 1900;
    date.month = utc.tm_mon + 1;
    date.day = utc.tm_mday;
    date.hour = utc.tm_hour;
    date.minutes = utc.tm_min;
    date.seconds = utc.tm_sec;
    date.ind = 'Z';
    return date;
}

} // namespace

void set_metadata(HaruSession& session, const model::Document& document) {
    HPDF_Doc pdf = session.document();
    const model::Metadata& metadata = document.metadata;
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Stadtsatz");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "Stadtsatz (libharu)");
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, creation_date());
    // The info dictionary exists now; text entries go in as UTF-16 so umlauts survive.
    HPDF_Dict info = pdf->info;
    std::string keywords;
    for (const auto& keyword : metadata.keywords) {
        keywords += (keywords.empty() ? "" : ", ") + keyword;
    }
    const std::string title = document.edition_title.empty() || document.edition_id == "standard"
                                  ? metadata.title
                                  : metadata.title + " (" + document.edition_title + ")";
    if (info != nullptr) {
        set_text_string(pdf, info, "Title", title);
        set_text_string(pdf, info, "Author",
                        metadata.author.empty() ? metadata.publisher : metadata.author);
        set_text_string(pdf, info, "Subject", metadata.subject);
        set_text_string(pdf, info, "Keywords", keywords);
    }
    HPDF_Dict catalog = pdf->catalog;
    const std::string language = metadata.language.empty() ? "de" : metadata.language;
    HPDF_Dict_Add(catalog, "Lang", HPDF_String_New(pdf->mmgr, language.c_str(), nullptr));
    HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
    if (preferences != nullptr) {
        HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
        HPDF_Dict_Add(catalog, "ViewerPreferences", preferences);
    }
}

} // namespace stadtsatz::pdf
