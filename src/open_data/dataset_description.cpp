#include "open_data/dataset_description.hpp"

#include "model/data_licence.hpp"
#include "open_data/json_value.hpp"

namespace stadtsatz::open_data {
namespace {

// The EU vocabularies DCAT-AP (and so DCAT-AP.de) takes its codes from.
constexpr const char* eu_authority = "http://publications.europa.eu/resource/authority/";

JsonValue reference(const std::string& iri) {
    JsonValue value = JsonValue::object();
    value.set("@id", JsonValue::string(iri));
    return value;
}

JsonValue typed_literal(const std::string& text, const std::string& type) {
    JsonValue value = JsonValue::object();
    value.set("@value", JsonValue::string(text));
    value.set("@type", JsonValue::string(type));
    return value;
}

JsonValue german_literal(const std::string& text, const std::string& language) {
    JsonValue value = JsonValue::object();
    value.set("@value", JsonValue::string(text));
    value.set("@language", JsonValue::string(language));
    return value;
}

// The EU language code for a language tag: "de" → DEU; empty for one without a mapping here.
std::string eu_language(const std::string& tag) {
    const std::string primary = tag.substr(0, tag.find('-'));
    if (primary == "de") {
        return "DEU";
    }
    if (primary == "en") {
        return "ENG";
    }
    return "";
}

JsonValue context() {
    JsonValue value = JsonValue::object();
    value.set("dcat", JsonValue::string("http://www.w3.org/ns/dcat#"));
    value.set("dct", JsonValue::string("http://purl.org/dc/terms/"));
    value.set("dcatde", JsonValue::string("http://dcat-ap.de/def/dcatde/"));
    value.set("foaf", JsonValue::string("http://xmlns.com/foaf/0.1/"));
    value.set("xsd", JsonValue::string("http://www.w3.org/2001/XMLSchema#"));
    return value;
}

} // namespace

std::string dataset_description(const model::Document& document,
                                const std::vector<DistributionFile>& files) {
    const model::Metadata& metadata = document.metadata;
    const std::string licence =
        metadata.licence.empty() ? model::default_data_licence().uri : metadata.licence;
    const std::string language = metadata.language.empty() ? "de" : metadata.language;

    JsonValue dataset = JsonValue::object();
    dataset.set("@context", context());
    dataset.set("@type", JsonValue::string("dcat:Dataset"));
    dataset.set("dct:title",
                german_literal("Maßnahmen und Indikatoren – " + metadata.title, language));
    std::string description = "Handlungsfelder, Ziele, Maßnahmen und Indikatoren";
    if (!document.edition_title.empty()) {
        description += " (" + document.edition_title + ")";
    }
    description += " als offene Daten.";
    if (!metadata.subject.empty()) {
        description += " " + metadata.subject;
    }
    if (!metadata.sample_notice.empty()) {
        description += " " + metadata.sample_notice;
    }
    dataset.set("dct:description", german_literal(description, language));
    JsonValue publisher = JsonValue::object();
    publisher.set("@type", JsonValue::string("foaf:Organization"));
    publisher.set("foaf:name", JsonValue::string(metadata.publisher));
    dataset.set("dct:publisher", std::move(publisher));
    if (!metadata.date.empty()) {
        dataset.set("dct:issued", typed_literal(metadata.date, "xsd:date"));
        dataset.set("dct:modified", typed_literal(metadata.date, "xsd:date"));
    }
    JsonValue keywords = JsonValue::array();
    for (const std::string& keyword : metadata.keywords) {
        keywords.push(german_literal(keyword, language));
    }
    dataset.set("dcat:keyword", std::move(keywords));
    dataset.set("dcat:theme", reference(std::string(eu_authority) + "data-theme/SOCI"));
    if (const std::string code = eu_language(language); !code.empty()) {
        dataset.set("dct:language", reference(std::string(eu_authority) + "language/" + code));
    }
    dataset.set("dct:license", reference(licence));
    JsonValue distributions = JsonValue::array();
    for (const DistributionFile& file : files) {
        JsonValue distribution = JsonValue::object();
        distribution.set("@type", JsonValue::string("dcat:Distribution"));
        distribution.set("dct:title", german_literal(file.title, language));
        distribution.set("dcat:accessURL", reference(file.file_name));
        distribution.set("dcat:downloadURL", reference(file.file_name));
        distribution.set("dct:format",
                         reference(std::string(eu_authority) + "file-type/" + file.format));
        distribution.set(
            "dcat:mediaType",
            reference("https://www.iana.org/assignments/media-types/" + file.media_type));
        distribution.set("dcat:byteSize",
                         typed_literal(std::to_string(file.bytes), "xsd:nonNegativeInteger"));
        distribution.set("dct:license", reference(licence));
        distributions.push(std::move(distribution));
    }
    dataset.set("dcat:distribution", std::move(distributions));
    return to_json(dataset);
}

} // namespace stadtsatz::open_data
