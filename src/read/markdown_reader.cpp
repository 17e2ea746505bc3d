#include "read/markdown_reader.hpp"

#include "read/markdown_conversion.hpp"
#include "read/source_text.hpp"
#include "read/unicode_text.hpp"

namespace stadtsatz::read {

std::optional<ChapterSource> read_markdown_chapter(const std::filesystem::path& file,
                                                   const std::string& display_name,
                                                   const std::filesystem::path& content_folder,
                                                   model::Diagnostics& diagnostics) {
    std::string bytes;
    if (const auto problem = read_text_file(file.string(), bytes)) {
        diagnostics.error({display_name, 0, 0}, *problem);
        return std::nullopt;
    }
    std::size_t invalid = invalid_utf8_offset(bytes);
    SourceText source(display_name, std::move(bytes));
    if (invalid != std::string_view::npos) {
        diagnostics.error(source.at_offset(invalid),
                          "ungültiges Zeichen: die Datei ist nicht in UTF-8 gespeichert");
        return std::nullopt;
    }
    return convert_markdown(source, file.stem().string(), content_folder, diagnostics);
}

} // namespace stadtsatz::read
