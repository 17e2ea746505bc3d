#include "layout/page_report.hpp"

#include <cstdio>

namespace stadtsatz::layout {
namespace {

const char* role_name(PageRole role) {
    switch (role) {
    case PageRole::Title:
        return "title";
    case PageRole::Imprint:
        return "imprint";
    case PageRole::Contents:
        return "contents";
    case PageRole::ChapterOpening:
        return "chapter-opening";
    case PageRole::Body:
        return "body";
    }
    return "body";
}

} // namespace

const char* page_end_name(PageEnd end) {
    switch (end) {
    case PageEnd::Full:
        return "full";
    case PageEnd::ChapterEnd:
        return "chapter-end";
    case PageEnd::PageBreak:
        return "page-break";
    case PageEnd::KeptTogether:
        return "kept-together";
    case PageEnd::NextTooTall:
        return "next-too-tall";
    case PageEnd::KeepChainTooLong:
        return "keep-chain-too-long";
    case PageEnd::DocumentEnd:
        return "document-end";
    }
    return "full";
}

std::string page_report_json(const LaidOutDocument& document) {
    std::string json = "{\"pages\": [\n";
    char buffer[256];
    for (std::size_t index = 0; index < document.pages.size(); ++index) {
        const Page& page = document.pages[index];
        std::snprintf(buffer, sizeof buffer,
                      "  {\"index\": %zu, \"number\": %d, \"role\": \"%s\", \"fill\": %.4f, "
                      "\"end\": \"%s\", \"stretch\": %.2f, \"missing\": %.2f, \"bottom\": %.2f, "
                      "\"notes\": %.2f}%s\n",
                      index + 1, page.number, role_name(page.role), page.makeup.fill,
                      page_end_name(page.makeup.end), page.makeup.stretch, page.makeup.missing,
                      page.makeup.bottom, page.makeup.notes,
                      index + 1 < document.pages.size() ? "," : "");
        json += buffer;
    }
    json += "]}\n";
    return json;
}

} // namespace stadtsatz::layout
