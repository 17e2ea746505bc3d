#include "pdf/output_intent.hpp"

namespace stadtsatz::pdf {

void add_output_intent(PdfObjects& objects, const OutputCondition& condition) {
    HPDF_Dict profile = objects.compressed_stream(condition.compressed_profile);
    objects.add_integer(profile, "N", 4);
    HPDF_Dict intent = objects.indirect_dictionary();
    objects.add_name(intent, "Type", "OutputIntent");
    objects.add_name(intent, "S", "GTS_PDFX");
    objects.add_text(intent, "OutputConditionIdentifier", condition.identifier);
    objects.add_text(intent, "OutputCondition", condition.info);
    objects.add_text(intent, "Info", condition.info);
    objects.add_text(intent, "RegistryName", "http://www.color.org");
    objects.add(intent, "DestOutputProfile", profile);
    HPDF_Array intents = objects.array();
    HPDF_Array_Add(intents, intent);
    objects.add(objects.document()->catalog, "OutputIntents", intents);
}

HPDF_Array registration_colour_space(PdfObjects& objects) {
    // Tint 1 puts every process ink on: /C1 [1 1 1 1].
    HPDF_Dict tint = objects.indirect_dictionary();
    objects.add_integer(tint, "FunctionType", 2);
    objects.add(tint, "Domain", objects.numbers({0, 1}));
    objects.add(tint, "C0", objects.numbers({0, 0, 0, 0}));
    objects.add(tint, "C1", objects.numbers({1, 1, 1, 1}));
    objects.add_integer(tint, "N", 1);
    HPDF_Array space = objects.array();
    HPDF_Array_AddName(space, "Separation");
    HPDF_Array_AddName(space, "All");
    HPDF_Array_AddName(space, "DeviceCMYK");
    HPDF_Array_Add(space, tint);
    HPDF_Xref_Add(objects.document()->xref, space); // shared by every page's resources
    return space;
}

} // namespace stadtsatz::pdf
