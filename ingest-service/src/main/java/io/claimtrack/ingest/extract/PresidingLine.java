package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's heading line naming who presides: "Before: The Honourable Ada Lind, Commissioner". The bare office
 * label of the turns under it ("THE COMMISSIONER:") speaks as that person.
 */
final class PresidingLine {

    private static final Pattern BEFORE = Pattern.compile(
            "(?m)^Before:[ \\t]+(?:The[ \\t]+)?(?:(?:Honourable|Honorable|Hon\\.)[ \\t]+)?([^,\\n]+),[ \\t]*([^,\\n]+?)[ \\t]*$");

    private PresidingLine() {
    }

    /** {@code label} given the name of the one the presiding line names with the label's office; else {@code label}. */
    static Mention holder(AnnotatedDocument doc, String office, Mention label) {
        String bare = office.startsWith("the ") ? office.substring(4) : office;
        Matcher m = BEFORE.matcher(doc.text);
        while (m.find()) {
            if (m.group(2).toLowerCase(Locale.ROOT).equals(bare)) {
                return new Mention(label.start(), label.end(), label.text(), m.group(2), m.group(1).strip(), SpeakerKind.PERSON);
            }
        }
        return label;
    }
}
