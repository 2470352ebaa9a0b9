package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "a post in a local history group calling for a last 'lap party' had 900 shares. Its author, Ida Brenner, said ...":
 * a thing that speaks with no maker named (a post, a flyer, a letter) is the person the next statement names as its
 * author, that paragraph or the next; the thing stays itself when the next statement names no author. Part of {@link
 * ResolutionStage}.
 */
final class AuthorNamedNext {

    /** "Its author, ", "The post's writer, ": the thing's author, set off before the name the mention holds. */
    private static final Pattern AUTHOR = Pattern.compile("(?:^|\\s)(?:[Ii]ts|[Tt]he [\\p{L}-]+['’]s) (?:author|writer|creator), (?:\\p{Lu}[\\p{L}.'’-]* )?$");
    /** The characters read before a name for its author's words: "The flyer's author, Dr. " and no more. */
    private static final int AUTHOR_CHARS = 40;

    private AuthorNamedNext() {
    }

    /** Sets the unresolved statement {@code at} of an indefinite thing to the author the next statement names. */
    static void apply(AnnotatedDocument doc, int at) {
        Attribution a = doc.attributions.get(at);
        if (a.nested || a.mention == null || a.mention.isPronoun() || a.mention.hasName() || !a.mention.text().equals(a.speaker)
                || at + 1 >= doc.attributions.size()) {
            return;
        }
        String text = a.mention.text().toLowerCase(Locale.ROOT);
        if (!text.startsWith("a ") && !text.startsWith("an ")) {
            return;
        }
        Attribution next = doc.attributions.get(at + 1);
        if (!next.nested && next.mention != null && next.block <= a.block + 1 && next.kind == SpeakerKind.PERSON
                && authorBefore(doc, next.mention)) {
            a.speaker = next.speaker;
            a.role = "";
            a.kind = SpeakerKind.PERSON;
        }
    }

    /** Whether "Its author, " stands right before the mention, or opens it ("Its author, Ida Brenner"). */
    private static boolean authorBefore(AnnotatedDocument doc, Mention m) {
        int comma = m.text().indexOf(", ");
        int nameStart = comma < 0 ? m.start() : m.start() + comma + 2;
        return AUTHOR.matcher(doc.text.substring(Math.max(0, nameStart - AUTHOR_CHARS), nameStart)).find();
    }
}
