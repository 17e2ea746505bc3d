#include "pdf/metadata.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <hpdf_encrypt.h>

namespace stadtsatz::pdf {
namespace {

std::tm build_time() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) {
        now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    }
    std::tm utc{};
    gmtime_r(&now, &utc);
    return utc;
}

std::string xml_escape(const std::string& text) {
    std::string result;
    result.reserve(text.size());
    for (const char character : text) {
        switch (character) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += "&quot;";
            break;
        default:
            // Control characters are not allowed in XML 1.0; metadata never needs them.
            if (static_cast<unsigned char>(character) >= 0x20 || character == '\t') {
                result.push_back(character);
            }
        }
    }
    return result;
}

std::string keywords_of(const model::Metadata& metadata) {
    std::string keywords;
    for (const auto& keyword : metadata.keywords) {
        keywords += (keywords.empty() ? "" : ", ") + keyword;
    }
    return keywords;
}

std::string author_of(const model::Metadata& metadata) {
    return metadata.author.empty() ? metadata.publisher : metadata.author;
}

// 16 bytes that identify this document's content (MD5, libharu's own implementation).
std::string content_digest(const model::Document& document, Conformance conformance,
                           std::size_t page_count) {
    const std::string seed = document_title(document) + '\n' + document.metadata.date + '\n' +
                             document.edition_id + '\n' +
                             (conformance == Conformance::PdfX4 ? "print" : "screen") + '\n' +
                             std::to_string(page_count);
    HPDF_MD5_CTX context;
    HPDF_MD5Init(&context);
    HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(seed.data()),
                   static_cast<HPDF_UINT32>(seed.size()));
    HPDF_BYTE digest[HPDF_MD5_KEY_LEN];
    HPDF_MD5Final(digest, &context);
    return std::string(reinterpret_cast<const char*>(digest), HPDF_MD5_KEY_LEN);
}

std::string uuid_of(const std::string& digest) {
    std::string hex;
    char part[4];
    for (std::size_t index = 0; index < digest.size(); ++index) {
        if (index == 4 || index == 6 || index == 8 || index == 10) {
            hex.push_back('-');
        }
        std::snprintf(part, sizeof part, "%02x", static_cast<unsigned char>(digest[index]));
        hex += part;
    }
    return "uuid:" + hex;
}

} // namespace

std::string document_title(const model::Document& document) {
    const model::Metadata& metadata = document.metadata;
    return document.edition_title.empty() || document.edition_id == "standard"
               ? metadata.title
               : metadata.title + " (" + document.edition_title + ")";
}

std::string xmp_packet(const model::Document& document, Conformance conformance,
                       const std::string& date, const std::string& document_id) {
    const model::Metadata& metadata = document.metadata;
    const std::string language = metadata.language.empty() ? "de" : metadata.language;
    std::string xmp = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                      "<rdf:Description rdf:about=\"\"\n"
                      " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                      " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                      " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
                      " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    xmp += conformance == Conformance::PdfUa1
               ? " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
               : " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n";
    xmp += "<dc:format>application/pdf</dc:format>\n";
    xmp += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           xml_escape(document_title(document)) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author_of(metadata).empty()) {
        xmp += "<dc:creator><rdf:Seq><rdf:li>" + xml_escape(author_of(metadata)) +
               "</rdf:li></rdf:Seq></dc:creator>\n";
    }
    if (!metadata.subject.empty()) {
        xmp += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
               xml_escape(metadata.subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    }
    if (!metadata.keywords.empty()) {
        xmp += "<dc:subject><rdf:Bag>";
        for (const auto& keyword : metadata.keywords) {
            xmp += "<rdf:li>" + xml_escape(keyword) + "</rdf:li>";
        }
        xmp += "</rdf:Bag></dc:subject>\n";
    }
    xmp += "<dc:language><rdf:Bag><rdf:li>" + xml_escape(language) +
           "</rdf:li></rdf:Bag></dc:language>\n";
    if (!metadata.publisher.empty()) {
        xmp += "<dc:publisher><rdf:Bag><rdf:li>" + xml_escape(metadata.publisher) +
               "</rdf:li></rdf:Bag></dc:publisher>\n";
    }
    xmp += "<xmp:CreatorTool>Stadtsatz</xmp:CreatorTool>\n";
    xmp += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    xmp += "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    xmp += "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    xmp += "<pdf:Producer>Stadtsatz (libharu)</pdf:Producer>\n";
    if (!metadata.keywords.empty()) {
        xmp += "<pdf:Keywords>" + xml_escape(keywords_of(metadata)) + "</pdf:Keywords>\n";
    }
    xmp += "<xmpMM:DocumentID>" + document_id + "</xmpMM:DocumentID>\n";
    xmp += "<xmpMM:InstanceID>" + document_id + "</xmpMM:InstanceID>\n";
    if (conformance == Conformance::PdfUa1) {
        xmp += "<pdfuaid:part>1</pdfuaid:part>\n";
    } else {
        xmp += "<xmpMM:VersionID>1</xmpMM:VersionID>\n";
        xmp += "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
        xmp += "<pdf:Trapped>False</pdf:Trapped>\n";
        xmp += "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n";
    }
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
    // Room to edit the packet in place, as XMP writers leave it.
    xmp += std::string(20, ' ') + "\n<?xpacket end=\"w\"?>";
    return xmp;
}

void set_metadata(PdfObjects& objects, const model::Document& document, Conformance conformance,
                  std::size_t page_count) {
    HPDF_Doc pdf = objects.document();
    const model::Metadata& metadata = document.metadata;
    const std::tm time = build_time();
    HPDF_Date date{};
    date.year = time.tm_year + 1900;
    date.month = time.tm_mon + 1;
    date.day = time.tm_mday;
    date.hour = time.tm_hour;
    date.minutes = time.tm_min;
    date.seconds = time.tm_sec;
    date.ind = 'Z';
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Stadtsatz");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "Stadtsatz (libharu)");
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
    // The info dictionary exists now; text entries go in as UTF-16 so umlauts survive.
    if (HPDF_Dict info = pdf->info; info != nullptr) {
        objects.add_text(info, "Title", document_title(document));
        objects.add_text(info, "Author", author_of(metadata));
        objects.add_text(info, "Subject", metadata.subject);
        objects.add_text(info, "Keywords", keywords_of(metadata));
        if (conformance == Conformance::PdfX4) {
            objects.add(info, "GTS_PDFXVersion", objects.byte_string("PDF/X-4"));
            objects.add_name(info, "Trapped", "False");
        }
    }
    char iso_date[80];
    std::snprintf(iso_date, sizeof iso_date, "%04d-%02d-%02dT%02d:%02d:%02dZ", time.tm_year + 1900,
                  time.tm_mon + 1, time.tm_mday, time.tm_hour, time.tm_min, time.tm_sec);
    const std::string digest = content_digest(document, conformance, page_count);
    HPDF_Dict xmp =
        objects.plain_stream(xmp_packet(document, conformance, iso_date, uuid_of(digest)));
    objects.add_name(xmp, "Type", "Metadata");
    objects.add_name(xmp, "Subtype", "XML");
    HPDF_Dict catalog = pdf->catalog;
    objects.add(catalog, "Metadata", xmp);
    const std::string language = metadata.language.empty() ? "de" : metadata.language;
    objects.add(catalog, "Lang", HPDF_String_New(pdf->mmgr, language.c_str(), nullptr));
    HPDF_Dict preferences = objects.direct_dictionary();
    objects.add_boolean(preferences, "DisplayDocTitle", true);
    objects.add(catalog, "ViewerPreferences", preferences);
    HPDF_Array id = objects.array();
    HPDF_Array_Add(id, objects.byte_string(digest));
    HPDF_Array_Add(id, objects.byte_string(digest));
    objects.add(pdf->trailer, "ID", id);
}

} // namespace stadtsatz::pdf
