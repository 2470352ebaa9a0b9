package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's heading lines naming who presides: "Before: The Honourable Ada Lind, Commissioner". The bare office
 * label of the turns under it ("THE COMMISSIONER:") speaks as that person. Read once per document: a transcript has a
 * label at every turn.
 */
final class PresidingLine {

    private static final Pattern BEFORE = Pattern.compile(
            "(?m)^Before:[ \\t]+(?:The[ \\t]+)?(?:(?:Honourable|Honorable|Hon\\.)[ \\t]+)?([^,\\n]+),[ \\t]*([^,\\n]+?)[ \\t]*$");

    /** The office as written (lower case) -> its line's match: the first line naming an office wins. */
    private final Map<String, String[]> presiding = new HashMap<>();

    PresidingLine(AnnotatedDocument doc) {
        Matcher m = BEFORE.matcher(doc.text);
        while (m.find()) {
            presiding.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), new String[] {m.group(1).strip(), m.group(2)});
        }
    }

    /** {@code label} given the name of the one a presiding line names with the label's office; else {@code label}. */
    Mention holder(String office, Mention label) {
        String[] line = presiding.get(office.startsWith("the ") ? office.substring(4) : office);
        return line == null ? label : new Mention(label.start(), label.end(), label.text(), line[1], line[0], SpeakerKind.PERSON);
    }
}
