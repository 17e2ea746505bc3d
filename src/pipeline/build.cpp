#include "pipeline/build.hpp"

#include "html/html_writer.hpp"
#include "layout/layout.hpp"
#include "layout/page_report.hpp"
#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/edition_links.hpp"
#include "pipeline/open_data_output.hpp"
#include "pipeline/output_names.hpp"
#include "pipeline/staged_output.hpp"
#include "plain_language/document_check.hpp"
#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "resolve/resolve.hpp"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <new>
#include <thread>
#include <unistd.h>

namespace stadtsatz::pipeline {
namespace fs = std::filesystem;

namespace {

bool wants(const BuildOptions& options, OutputFormat format) {
    return options.formats.count(format) > 0;
}

// Runs `work` on a thread of its own without letting an exception end the process there (it
// would, uncaught on a thread): it becomes an error in `diagnostics`.
template <typename Work>
void guarded(model::Diagnostics& diagnostics, const model::SourcePosition& position, Work&& work) {
    try {
        work();
    } catch (const std::bad_alloc&) {
        diagnostics.error(position, "zu wenig Arbeitsspeicher für diese Publikation");
    } catch (const std::exception& error) {
        diagnostics.error(position, std::string("interner Fehler: ") + error.what());
    }
}

// The print and the screen PDF, written at the same time on two threads: they share the
// layout and the prepared fonts and images, and each has its own libharu document.
void write_pdfs(const layout::LaidOutDocument& pages, const model::Document& document,
                const pdf::PdfResources& resources, const BuildOptions& options,
                const OutputNames& names, StagedOutput& output, const std::string& prefix,
                model::Diagnostics& diagnostics, BuildResult& result) {
    struct Job {
        pdf::PdfVariant variant;
        std::filesystem::path file; // the staged file being written
        std::string output;         // where the editor finds it: out/<edition>/<name>.pdf
        std::string stage;
        model::Diagnostics diagnostics;
        double milliseconds = 0;
    };
    std::vector<Job> jobs;
    if (wants(options, OutputFormat::Print)) {
        jobs.push_back({pdf::PdfVariant::Print,
                        output.stage(names.print_pdf),
                        (options.out_folder / names.print_pdf).string(),
                        prefix + "Druckfassung",
                        {},
                        0});
    }
    if (wants(options, OutputFormat::Screen)) {
        jobs.push_back({pdf::PdfVariant::Screen,
                        output.stage(names.screen_pdf),
                        (options.out_folder / names.screen_pdf).string(),
                        prefix + "Bildschirmfassung",
                        {},
                        0});
    }
    auto run = [&](Job& job) {
        const auto start = std::chrono::steady_clock::now();
        guarded(job.diagnostics, {job.file.string(), 0, 0}, [&] {
            pdf::write_pdf(pages, document, resources, job.variant, job.file, job.diagnostics);
        });
        job.milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
    };
    result.timings.measure(prefix + "pdf print + screen", [&] {
        std::vector<std::thread> threads;
        for (std::size_t index = 1; index < jobs.size(); ++index) {
            threads.emplace_back(run, std::ref(jobs[index]));
        }
        if (!jobs.empty()) {
            run(jobs.front());
        }
        for (std::thread& thread : threads) {
            thread.join();
        }
    });
    for (Job& job : jobs) {
        // The staging folder is an implementation detail: name the output the editor knows.
        job.diagnostics.rename_file(job.file.string(), job.output);
        diagnostics.append(job.diagnostics);
        result.timings.record_part(job.stage, job.milliseconds);
    }
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

// With STADTSATZ_PAGE_REPORT set to a folder, writes the page make-up of the edition there
// as <edition id>.json (for tests and for finding a half-empty page; never into the outputs).
void write_page_report(const layout::LaidOutDocument& pages, const std::string& edition_id) {
    const char* folder = std::getenv("STADTSATZ_PAGE_REPORT");
    if (folder == nullptr || *folder == '\0') {
        return;
    }
    std::ofstream file(fs::path(folder) / (edition_id + ".json"), std::ios::binary);
    file << layout::page_report_json(pages);
}

// The plain-language checker on an edition whose style declares a plain level (its findings
// are warnings: they never stop a build), and the readability figures of every edition, on
// the text as the editors wrote it (before resolve changes quotes and dashes).
void check_plain_language(const model::Document& document, const std::string& prefix,
                          model::Diagnostics& diagnostics, BuildResult& result) {
    if (const auto level = plain_language::plain_level_of(document.style)) {
        result.timings.measure(prefix + "sprachpruefung", [&] {
            plain_language::check_document(
                document, plain_language::limits_for(*level, document.style),
                plain_language::checker_hyphenator(document.hyphenation_exceptions), false,
                diagnostics);
        });
    }
    result.readability.push_back(result.timings.measure(
        prefix + "lesbarkeit", [&] { return plain_language::document_readability(document); }));
}

// Runs the stages for one edition into its own `diagnostics`; writes into `output` only when
// options.write is set. Errors in the manifest or in reading do not stop the references from
// being resolved: the reader keeps what it could read and names what it left out, so an editor
// sees the broken links together with the broken files. Later stages need an edition (and a
// manifest) without errors.
void build_edition(const model::Publication& publication, const model::Edition& edition,
                   const BuildOptions& options, bool manifest_has_errors, StagedOutput& output,
                   model::Diagnostics& diagnostics, BuildResult& result) {
    auto& timings = result.timings;
    const std::string prefix = edition.id + ": ";

    model::Document document = timings.measure(
        prefix + "read", [&] { return read::read_edition(publication, edition, diagnostics); });
    link_other_editions(publication, edition, document);
    if (manifest_has_errors) {
        // Parts the manifest could not name are missing without a trace: anchors may be too.
        document.unread_parts.insert(manifest_file_name);
    }
    check_plain_language(document, prefix, diagnostics, result);
    timings.measure(prefix + "resolve", [&] { resolve::resolve_document(document, diagnostics); });
    if (manifest_has_errors || diagnostics.has_errors()) {
        return;
    }
    const OutputNames names = output_names(edition);
    std::optional<html::PdfDownload> download; // set when the screen PDF was written

    if (wants(options, OutputFormat::Print) || wants(options, OutputFormat::Screen)) {
        images::ImageStore images = timings.measure(prefix + "images", [&] {
            return images::decode_document_images(document, diagnostics);
        });
        if (diagnostics.has_errors()) {
            return;
        }
        // The pictures are made ready for the PDFs (CMYK conversion, compression) on a thread
        // of their own while the layout runs: neither needs the other.
        pdf::PdfResources resources;
        const pdf::PdfVariants variants{wants(options, OutputFormat::Print),
                                        wants(options, OutputFormat::Screen)};
        model::Diagnostics image_diagnostics;
        double image_milliseconds = 0;
        std::jthread preparing([&] {
            const auto start = std::chrono::steady_clock::now();
            guarded(image_diagnostics, document.style.position, [&] {
                pdf::prepare_images(resources, images, document, variants, image_diagnostics);
            });
            image_milliseconds =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
        });
        const auto pages = timings.measure(
            prefix + "layout", [&] { return layout::lay_out(document, diagnostics, &images); });
        write_page_report(pages, edition.id);
        timings.measure(prefix + "pdf: images after layout", [&] { preparing.join(); });
        timings.record_part(prefix + "Bilder (neben dem Satz)", image_milliseconds);
        diagnostics.append(image_diagnostics);
        if (diagnostics.has_errors()) {
            return;
        }
        if (variants.print) {
            pdf::check_print_resolution(pages, images, document, diagnostics);
        }
        timings.measure(prefix + "pdf: fonts",
                        [&] { pdf::prepare_fonts(resources, pages, document, diagnostics); });
        if (diagnostics.has_errors()) {
            return;
        }
        write_pdfs(pages, document, resources, options, names, output, prefix, diagnostics, result);
        if (wants(options, OutputFormat::Screen) && !diagnostics.has_errors()) {
            download = screen_pdf_download(output.stage(names.screen_pdf), pages);
        }
    }
    const auto data = timings.measure(prefix + "offene daten", [&] {
        return write_open_data(document, names, wants(options, OutputFormat::Html), output,
                               diagnostics);
    });
    if (wants(options, OutputFormat::Html)) {
        timings.measure(prefix + "html", [&] {
            const html::Site site = html::render_site(document, diagnostics, download, data);
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
    if (!publication) {
        return result;
    }
    // A manifest with errors still names most parts: they are read and checked as well.
    const bool manifest_has_errors = result.diagnostics.has_errors();
    bool found = false;
    // An output folder that cannot be made is one error, at that folder; the content is still
    // checked in full, as by `check`, instead of one error for every file of every edition.
    BuildOptions effective = options; // options, without writing when out/ cannot be made
    if (options.write) {
        std::error_code error;
        fs::create_directories(options.out_folder, error);
        if (error) {
            result.diagnostics.error({options.out_folder.string(), 0, 0},
                                     "Ausgabeordner kann nicht angelegt werden: " +
                                         error.message());
            effective.write = false;
        }
    }
    // `check` stages into a private temporary folder, so it leaves no trace in out/.
    const fs::path staging_base =
        effective.write
            ? options.out_folder
            : fs::temp_directory_path() / ("stadtsatz-check-" + std::to_string(::getpid()));
    StagedOutput output(staging_base);
    for (const auto& edition : publication->editions) {
        if ((options.edition && *options.edition != edition.id) ||
            (!options.only_editions.empty() && !options.only_editions.count(edition.id))) {
            continue;
        }
        found = true;
        model::Diagnostics edition_diagnostics;
        build_edition(*publication, edition, effective, manifest_has_errors, output,
                      edition_diagnostics, result);
        result.diagnostics.append(edition_diagnostics);
    }
    if (!found) {
        std::vector<std::string> ids;
        for (const auto& edition : publication->editions) {
            ids.push_back(edition.id);
        }
        const std::string wanted = options.edition.value_or("");
        const auto match = model::closest_match(wanted, ids);
        result.diagnostics.error({manifest.string(), 0, 0},
                                 "keine Ausgabe mit der ID „" + model::quoted_input(wanted) +
                                     "“ im Manifest" +
                                     (match ? model::did_you_mean("„" + *match + "“") : ""));
    }
    // Editions that share a chapter, a measures file or the style report its mistakes once.
    result.diagnostics.remove_repeats();
    if (!effective.write) {
        std::error_code ignored;
        fs::remove_all(staging_base, ignored);
    } else if (!result.diagnostics.has_errors()) {
        result.timings.measure("commit", [&] { output.commit(result.diagnostics); });
        result.outputs = output.committed();
    }
    return result;
}

} // namespace stadtsatz::pipeline
