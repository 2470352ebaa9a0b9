package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A group calling itself the Free Coast Front said", "said a group calling itself Harbour Watch": the name a described
 * speaker gives itself right after its description is who speaks, a body however unknown. For {@link OwnEvidence}.
 * ("An outfit that calls itself X said" is not read as a statement yet, so that form is left.)
 */
final class SelfNamed {

    /** "calling itself" or "calling themselves", then "the" or nothing, then the name. */
    private static final Pattern CALLING = Pattern.compile(
            ",? calling (?:itself|themselves) (?:the )?"
                    + "(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|for|and|the) )*\\p{Lu}[\\p{L}'’-]*)*)");

    private SelfNamed() {
    }

    /** The name the description {@code m} is said to call itself, or null. */
    static Name after(AnnotatedDocument doc, Mention m) {
        if (m.hasName() || m.isPronoun() || m.end() >= doc.text.length()) {
            return null;
        }
        Matcher c = CALLING.matcher(doc.text).region(m.end(), doc.text.length());
        return c.lookingAt() ? new Name(c.group(1), SpeakerKind.ORGANIZATION, "", c.start(1)) : null;
    }
}
