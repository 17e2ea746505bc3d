#include "cli/starter_publication.hpp"

#include "html/html_escape.hpp"

namespace stadtsatz::cli {
namespace {

std::string manifest(const StarterDetails& details) {
    const std::string title = html::escape_attribute(details.title);
    const std::string publisher = html::escape_attribute(details.publisher);
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Das Manifest der Publikation: Angaben über sie (metadaten) und ihre Ausgaben. Jede Ausgabe
     nennt ihren Stil (in ../styles/) und ihre Kapitel und Handlungsfelder in der Reihenfolge,
     in der sie erscheinen. Der Aufbau ist in schema/publikation.xsd beschrieben. -->
<publikation xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:noNamespaceSchemaLocation="schema/publikation.xsd">
  <metadaten>
    <titel>)" +
           title +
           R"(</titel>
    <untertitel>Entwurf der Redaktion</untertitel>
    <herausgeberin>)" +
           publisher + R"(</herausgeberin>
    <autor>Redaktion</autor>
    <datum>)" +
           details.iso_date +
           R"(</datum>
    <sprache>de</sprache>
    <thema>)" +
           title +
           R"( – Ziele, Maßnahmen und Indikatoren, erarbeitet mit der Stadtgesellschaft.</thema>
    <schlagwort>Stadtentwicklung</schlagwort>
    <schlagwort>Beteiligung</schlagwort>
    <impressum>
      <zeile>Herausgeberin: )" +
           publisher + R"(</zeile>
      <zeile>Redaktion: Redaktion</zeile>
      <zeile>Gestaltung und Satz: Stadtsatz</zeile>
      <zeile>Stand: )" +
           details.german_date +
           R"(</zeile>
    </impressum>
  </metadaten>
  <ausgabe id="standard" titel="Standardausgabe" stil="standard.xml" dateiname=")" +
           file_stem_for(details.title) + R"(">
    <kapitel datei="kapitel/01-einleitung.md"/>
    <massnahmen datei="handlungsfelder/01-beteiligung.xml"/>
  </ausgabe>
</publikation>
)";
}

constexpr const char* chapter = R"(# Einleitung {#einleitung}

Dieses Kapitel ist der Anfang Ihrer Publikation. Ersetzen Sie seinen Text durch Ihren eigenen;
bis dahin zeigt er, wie Stadtsatz aus einfachen Textdateien ein Druck-PDF, ein
barrierefreies Bildschirm-PDF und eine Webfassung setzt.

## So schreiben Sie ein Kapitel

Jedes Kapitel ist eine Markdown-Datei im Ordner `kapitel/`. Die erste Überschrift mit einer
Raute ist der Titel des Kapitels, Überschriften mit zwei Rauten gliedern es. Ein Absatz endet
mit einer Leerzeile.

- Eine Aufzählung beginnt mit einem Strich und einem Leerzeichen.
- **Fett** und *kursiv* setzen Sie mit Sternchen.
- Anführungszeichen, Gedankenstriche und Abkürzungen wie „z. B.“ setzt Stadtsatz
  typografisch richtig, und lange Wörter wie Verwaltungsmodernisierungsprogramm trennt es
  nach den deutschen Regeln.

Ein weiteres Kapitel legen Sie als neue Datei an, etwa `kapitel/02-ausgangslage.md`, und
tragen es im Manifest `publikation.xml` an der Stelle ein, an der es erscheinen soll.

## Ziele und Maßnahmen

Handlungsfelder mit ihren Zielen, Maßnahmen und Indikatoren stehen nicht im Fließtext,
sondern in XML-Dateien im Ordner `handlungsfelder/`. Stadtsatz setzt sie einheitlich und
prüft ihre Angaben. Auf eine Maßnahme verweisen Sie mit ihrer Kennung, etwa auf die
[Auftaktveranstaltung](#M-1.1.1) im ersten Handlungsfeld.

## Vorschau

Während Sie schreiben, baut `stadtsatz watch` die Publikation bei jedem Speichern neu und
meldet Fehler mit Datei, Zeile und Spalte. Solange ein Fehler im Text steht, bleiben die
zuletzt fehlerfrei gebauten Dateien im Ordner `out/` erhalten.
)";

constexpr const char* measures = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Ein Handlungsfeld mit Leitziel, Zielen und Maßnahmen. Kennungen: Ziele Z-1.1, Z-1.2 …,
     Maßnahmen M-1.1.1 …; Kapitel verweisen darauf mit [Text](#M-1.1.1). Der Aufbau ist in
     ../schema/massnahmen.xsd beschrieben. -->
<handlungsfeld id="hf-beteiligung" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:noNamespaceSchemaLocation="../schema/massnahmen.xsd">
  <titel>Beteiligung und Information</titel>
  <leitziel>Alle, die in der Stadt leben und arbeiten, können sich früh und ohne Hürden an der Umsetzung beteiligen und erfahren regelmäßig, was erreicht ist.</leitziel>
  <einleitung>
    <absatz>Ein Konzept trägt nur, wenn die Menschen es kennen, die es betrifft. Dieses Handlungsfeld beschreibt, wie die Stadt über den Fortschritt berichtet und wie Bürgerinnen und Bürger, Vereine und Fachleute mitwirken.</absatz>
  </einleitung>

  <ziel id="Z-1.1">
    <text>Bürgerinnen und Bürger werden vor jeder wichtigen Entscheidung der Umsetzung beteiligt.</text>

    <massnahme id="M-1.1.1">
      <titel>Auftaktveranstaltung und jährliches Bürgerforum</titel>
      <beschreibung>
        <absatz>Eine öffentliche Auftaktveranstaltung stellt das Konzept vor und sammelt Hinweise für die Umsetzung. Danach berichtet ein jährliches Bürgerforum, was erreicht ist und was sich verzögert; die Ergebnisse gehen in den Bericht an den Stadtrat ein.</absatz>
      </beschreibung>
      <federfuehrung>Redaktion</federfuehrung>
      <partner>Vereine und Initiativen der Stadt</partner>
      <zeitraum von="2027" bis="2030"/>
      <prioritaet>hoch</prioritaet>
      <status>geplant</status>
      <indikator>
        <name>Teilnehmende am Bürgerforum</name>
        <einheit>Personen</einheit>
        <ausgangswert jahr="2026">0</ausgangswert>
        <zielwert jahr="2030">150</zielwert>
        <datenquelle>Teilnahmelisten der Redaktion</datenquelle>
      </indikator>
    </massnahme>
  </ziel>
</handlungsfeld>
)";

constexpr const char* exceptions =
    R"(# Trennausnahmen der Redaktion: ein Wort je Zeile mit allen erlaubten Trennstellen.
# „-“ markiert eine Trennstelle, „=“ eine Wortfuge; Groß-/Kleinschreibung egal.
# Diese Liste geht den Trennmustern immer vor. Beispiel (ohne # am Anfang):
# Ur=in-stinkt
)";

} // namespace

std::string editor_readme(const std::string& title) {
    return "# " + title + R"(

Diese Publikation wird mit Stadtsatz gesetzt. Aus den Texten in `content/` entstehen je
Ausgabe ein Druck-PDF, ein barrierefreies Bildschirm-PDF und eine Webfassung.

## Ordner

- `content/publikation.xml` – Titel, Impressum und die Ausgaben mit ihren Kapiteln
- `content/kapitel/` – die Kapitel als Markdown-Dateien
- `content/handlungsfelder/` – Ziele, Maßnahmen und Indikatoren als XML
- `content/trennungen.txt` – eigene Trennregeln für Wörter, die falsch getrennt werden
- `styles/` – Seitenformat, Schriften und Farben; `fonts/` – die Schriftdateien
- `out/` – die fertigen Dateien (nicht von Hand ändern)

## Bauen

In diesem Ordner (oder einem Unterordner):

    stadtsatz build

Die Dateien liegen danach in `out/standard/`: `*-druck.pdf` für die Druckerei, `*.pdf` zum
Herunterladen und `html/` für die Website (Startseite `html/index.html`). Fehler meldet
Stadtsatz mit Datei, Zeile und Spalte; dann bleibt `out/` unverändert.

## Beim Schreiben zusehen

    stadtsatz watch --serve

baut bei jedem Speichern neu und zeigt die Webfassung unter http://127.0.0.1:8080/ an;
der Browser lädt die Seite nach jedem Bau neu. Beenden mit Strg+C.
`stadtsatz watch --format html` baut nur die Webfassung und ist damit am schnellsten.

## Prüfen ohne zu schreiben

    stadtsatz check

Die Warnung „keine <barrierefreiheit> im Manifest“ erinnert daran, vor der Veröffentlichung
die Erklärung zur Barrierefreiheit in `content/publikation.xml` zu ergänzen; ein Beispiel
steht im Musterinhalt (`stadtsatz init ORDNER --beispiel`).
)";
}

std::string file_stem_for(const std::string& title) {
    std::string stem;
    bool dash = false;
    for (std::size_t index = 0; index < title.size(); ++index) {
        const unsigned char character = static_cast<unsigned char>(title[index]);
        std::string piece;
        if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) {
            piece = static_cast<char>(character);
        } else if (character >= 'A' && character <= 'Z') {
            piece = static_cast<char>(character - 'A' + 'a');
        } else if (character == 0xC3 && index + 1 < title.size()) {
            // The German letters in UTF-8: Ä Ö Ü ä ö ü ß.
            switch (static_cast<unsigned char>(title[++index])) {
            case 0x84:
            case 0xA4:
                piece = "ae";
                break;
            case 0x96:
            case 0xB6:
                piece = "oe";
                break;
            case 0x9C:
            case 0xBC:
                piece = "ue";
                break;
            case 0x9F:
                piece = "ss";
                break;
            default:
                break;
            }
        }
        if (piece.empty()) {
            dash = !stem.empty();
            continue;
        }
        if (dash) {
            stem += '-';
            dash = false;
        }
        stem += piece;
    }
    if (stem.size() > 60) {
        stem.resize(60);
    }
    while (!stem.empty() && stem.back() == '-') {
        stem.pop_back();
    }
    return stem.empty() ? "publikation" : stem;
}

std::vector<StarterFile> starter_files(const StarterDetails& details) {
    return {
        {"content/publikation.xml", manifest(details)},
        {"content/kapitel/01-einleitung.md", chapter},
        {"content/handlungsfelder/01-beteiligung.xml", measures},
        {"content/trennungen.txt", exceptions},
        {"README.md", editor_readme(details.title)},
    };
}

} // namespace stadtsatz::cli
