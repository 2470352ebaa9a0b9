package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Hon. Ivo Brandt (Premier):", "The PREMIER (Mr Ivo Brandt) (14:09):": a transcript's turn label giving its
 * speaker's office and name, one in brackets, names that office's holder for the whole sitting, so a member's "The
 * Premier promised in 2034 to V" before the Premier's first turn is his. Part of {@link ResolutionStage}.
 */
final class LabelledOffices {

    /** A label line: an honorific or courtesy title, a name of two to four words, its office in brackets, the colon. */
    private static final Pattern LABEL = Pattern.compile("(?m)^(?:(?:Hon\\.|Honourable|Honorable)\\s+)?(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\s*\\(([^)\\n]{2,60})\\):");

    /**
     * The other order: the office, its holder in brackets, perhaps the sitting's time stamp, the colon ("The PREMIER (Mr
     * Ivo Brandt) (14:09):", "The Minister for Ports (Ada Lind):"); a holder of two to four words.
     */
    private static final Pattern OFFICE_FIRST = Pattern.compile("(?m)^The\\s+(\\p{Lu}\\p{L}*(?:\\s+(?:for|of|and|the|\\p{Lu}[\\p{L}'’-]*)){0,6})"
            + "\\s*\\((?:(?:Hon\\.|Honourable|Honorable|Mr|Ms|Mrs|Dr)\\.?\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\)"
            + "(?:\\s*\\(\\d{1,2}[:.]\\d{2}\\))?:");

    private final AnnotatedDocument doc;
    /**
     * The office (lower case, no article) -> its holder; null for an office two labels give two people. Read on the first
     * description that asks: most documents have none.
     */
    private Map<String, String> holders;

    LabelledOffices(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The holder a label gives the office of a description still unresolved ("The Premier"), or null. */
    String holderOf(Attribution a) {
        if (a.mention == null || a.kind != SpeakerKind.PERSON || !a.mention.text().equals(a.speaker)) {
            return null;
        }
        String text = a.mention.text().toLowerCase(Locale.ROOT);
        String holder = text.startsWith("the ") ? holders().get(text.substring(4)) : null;
        return holder == null || holder.isEmpty() ? null : holder;
    }

    private Map<String, String> holders() {
        if (holders == null) {
            holders = new HashMap<>();
            Matcher m = LABEL.matcher(doc.text);
            while (m.find()) {
                String office = m.group(2).strip().toLowerCase(Locale.ROOT);
                String name = m.group(1);
                holders.merge(office, name, (a, b) -> a.equals(b) ? a : "");
            }
            Matcher first = OFFICE_FIRST.matcher(doc.text);
            while (first.find()) {
                holders.merge(first.group(1).strip().toLowerCase(Locale.ROOT), first.group(2), (a, b) -> a.equals(b) ? a : "");
            }
        }
        return holders;
    }
}
