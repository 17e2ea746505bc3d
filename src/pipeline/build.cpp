#include "pipeline/build.hpp"

#include "html/html_writer.hpp"
#include "layout/layout.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/output_names.hpp"
#include "pipeline/staged_output.hpp"
#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "resolve/resolve.hpp"

#include <unistd.h>

namespace stadtsatz::pipeline {
namespace fs = std::filesystem;

namespace {

bool wants(const BuildOptions& options, OutputFormat format) {
    return options.formats.count(format) > 0;
}

// The staged screen PDF as the site offers it: copied into the site folder under its own
// name, since the site is published on its own and a link out of its folder would break.
std::optional<html::PdfDownload> screen_pdf_download(const fs::path& staged_pdf,
                                                     const layout::LaidOutDocument& pages) {
    std::error_code error;
    const std::uintmax_t bytes = fs::file_size(staged_pdf, error);
    if (error) {
        return std::nullopt;
    }
    return html::PdfDownload{staged_pdf.filename().string(), bytes,
                             static_cast<int>(pages.pages.size())};
}

// Runs the stages for one edition; writes into `output` only when options.write is set.
void build_edition(const model::Publication& publication, const model::Edition& edition,
                   const BuildOptions& options, StagedOutput& output, BuildResult& result) {
    auto& diagnostics = result.diagnostics;
    auto& timings = result.timings;
    const std::string prefix = edition.id + ": ";

    model::Document document = timings.measure(
        prefix + "read", [&] { return read::read_edition(publication, edition, diagnostics); });
    if (diagnostics.has_errors()) {
        return;
    }
    timings.measure(prefix + "resolve", [&] { resolve::resolve_document(document, diagnostics); });
    if (diagnostics.has_errors()) {
        return;
    }
    const OutputNames names = output_names(edition);
    std::optional<html::PdfDownload> download; // set when the screen PDF was written

    if (wants(options, OutputFormat::Print) || wants(options, OutputFormat::Screen)) {
        const auto pages = timings.measure(prefix + "layout",
                                           [&] { return layout::lay_out(document, diagnostics); });
        if (diagnostics.has_errors()) {
            return;
        }
        const std::pair<OutputFormat, pdf::PdfVariant> variants[] = {
            {OutputFormat::Print, pdf::PdfVariant::Print},
            {OutputFormat::Screen, pdf::PdfVariant::Screen}};
        for (const auto& [format, variant] : variants) {
            if (!wants(options, format)) {
                continue;
            }
            const std::string& name =
                format == OutputFormat::Print ? names.print_pdf : names.screen_pdf;
            timings.measure(prefix + (format == OutputFormat::Print ? "pdf print" : "pdf screen"),
                            [&] {
                                // `check` renders into a throwaway file so libharu errors show.
                                const fs::path file = output.stage(name);
                                pdf::write_pdf(pages, document, variant, file, diagnostics);
                            });
            if (format == OutputFormat::Screen && !diagnostics.has_errors()) {
                download = screen_pdf_download(output.stage(name), pages);
            }
        }
    }
    if (wants(options, OutputFormat::Html)) {
        timings.measure(prefix + "html", [&] {
            const html::Site site = html::render_site(document, diagnostics, download);
            for (const auto& file : site.files) {
                output.write_file(names.html_site + "/" + file.path, file.content, diagnostics);
            }
            if (download) {
                output.copy_file(output.stage(names.screen_pdf),
                                 names.html_site + "/" + download->file_name, diagnostics);
            }
            for (const auto& [source, site_path] : site.images) {
                output.copy_file(source, names.html_site + "/" + site_path, diagnostics);
            }
        });
    }
}

} // namespace

BuildResult run_build(const BuildOptions& options) {
    BuildResult result;
    const fs::path manifest = options.content_folder / manifest_file_name;
    const fs::path repository_root =
        fs::absolute(options.content_folder).lexically_normal().parent_path();
    auto publication = result.timings.measure("manifest", [&] {
        return read::read_manifest(manifest, repository_root, result.diagnostics);
    });
    if (!publication || result.diagnostics.has_errors()) {
        return result;
    }
    bool found = false;
    // `check` stages into a private temporary folder, so it leaves no trace in out/.
    const fs::path staging_base =
        options.write
            ? options.out_folder
            : fs::temp_directory_path() / ("stadtsatz-check-" + std::to_string(::getpid()));
    StagedOutput output(staging_base);
    for (const auto& edition : publication->editions) {
        if (options.edition && *options.edition != edition.id) {
            continue;
        }
        found = true;
        build_edition(*publication, edition, options, output, result);
    }
    if (!found) {
        result.diagnostics.error({manifest.string(), 0, 0}, "keine Ausgabe mit der ID „" +
                                                                options.edition.value_or("") +
                                                                "“ im Manifest");
    }
    if (!options.write) {
        std::error_code ignored;
        fs::remove_all(staging_base, ignored);
    } else if (!result.diagnostics.has_errors()) {
        result.timings.measure("commit", [&] { output.commit(result.diagnostics); });
        result.outputs = output.committed();
    }
    return result;
}

} // namespace stadtsatz::pipeline
