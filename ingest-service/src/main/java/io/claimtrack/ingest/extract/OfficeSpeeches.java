package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speech a release prints under a heading that names its speaker by office: "Address of the President to the nation
 * (excerpt)" over paragraphs in the first person is one statement of the person the text titled "President of the
 * Republic NAME" before it. The speech ends before a paragraph that names a speaker of its own or two that run with no
 * first-person word outside quotation marks (the release's narration goes on), and a closing paragraph of thanks ("I
 * thank the volunteers ...") is cut.
 * Asked by {@link AuthoredPage} for each heading.
 */
final class OfficeSpeeches {

    /** "Address of the President", "Speech of the Prime Minister of X": the office, capitalised words. */
    private static final Pattern HEADING = Pattern.compile(
            "(?:Address|Speech|Remarks|Message) of the (\\p{Lu}\\p{L}*(?: (?:of the |of )?\\p{Lu}\\p{L}*)*)");

    private final AnnotatedDocument doc;
    /** Each office (lower case) by the one person the text titled with it, or null when two were; built on first ask. */
    private Map<String, Name> holders;

    OfficeSpeeches(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The person the heading names by office, or null. */
    Name speaker(Block heading) {
        Matcher m = HEADING.matcher(doc.text).region(heading.start(), heading.end());
        if (!m.lookingAt()) {
            return null;
        }
        Name n = holders().get(m.group(1).toLowerCase(Locale.ROOT));
        return n != null && n.offset() < heading.start() ? n : null;
    }

    /**
     * The office's holder by the whole title ("president of the republic"), its head before "of" ("president") and its
     * last word ("president" of "council president"); a key two people share names no one.
     */
    private Map<String, Name> holders() {
        if (holders == null) {
            holders = SoleTitleHolders.byKey(doc.names, OfficeSpeeches::officeKeys);
        }
        return holders;
    }

    private static Set<String> officeKeys(String role) {
        int of = role.indexOf(" of ");
        String head = of < 0 ? role : role.substring(0, of);
        return new HashSet<>(List.of(role, head, Name.afterLastSpace(head)));
    }

    /**
     * The last block of the speech from paragraph {@code first}: the paragraphs up to one that names a speaker of its
     * own or two running with no first-person word (the release's narration), less a closing thanks.
     */
    int lastBlock(AttributionContext ctx, int first) {
        int last = first;
        boolean before = true;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !ownSpeaker(ctx, doc.block(last + 1))) {
            boolean now = firstPerson(doc.block(last + 1));
            if (!now && !before) {
                break;
            }
            before = now;
            last++;
        }
        last = before || last == first ? last : last - 1;
        return last > first && thanks(doc.block(last)) ? last - 1 : last;
    }

    /** "The Mayor of X, NAME, said ...": a paragraph with a statement of a speaker named in it, not "I" or "we". */
    private static boolean ownSpeaker(AttributionContext ctx, Block b) {
        for (Attribution a : ctx.near(b.start(), b.end())) {
            if (a.mention != null && a.mention.start() >= b.start() && a.mention.start() < b.end()
                    && !FunctionWords.FIRST_PERSON_WORDS.contains(a.mention.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean firstPerson(Block b) {
        for (int k = doc.tokenAtOrAfter(b.start()); k < doc.tokens.size() && doc.tokens.get(k).start() < b.end(); k++) {
            Token t = doc.tokens.get(k);
            if (FunctionWords.FIRST_PERSON_WORDS.contains(t.lower()) && doc.quoteAt(t.start()) == null) {
                return true;
            }
        }
        return false;
    }

    /** "I thank the firefighters and the volunteers.": one sentence of thanks. */
    private boolean thanks(Block b) {
        int k = doc.tokenAtOrAfter(b.start());
        Sentence s = doc.sentenceAt(b.start());
        return k + 1 < doc.tokens.size() && s != null && s.end() >= b.end() - 1
                && FunctionWords.FIRST_PERSON_SUBJECTS.contains(doc.tokens.get(k).lower()) && doc.tokens.get(k + 1).is("thank");
    }
}
