package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "The curator told the inquiry that ... . Ana Ruiz, who took the job in March, said": a definite description
 * the story never names with its title is the person it introduces next, in full and without a title, with a relative
 * clause that says who she is ("who took the job", "who ran the yard since 2019"): the role is implied, not given. Part
 * of {@link ResolutionStage}, tried after every description rule.
 */
final class IntroducedAfter {

    /** Right after a name: its relative clause, an age between ("Ana Ruiz, 58, who has run ..."). */
    private static final Pattern RELATIVE = Pattern.compile("^,(?: \\d{1,3},)? who ");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** The statements by their speaker's place; built on the first name that asks. */
    private SpeakerMentions mentions;
    /** Where the first speaker named in full stands; -1 until the first description asks. */
    private int firstNamedSpeaker = -1;
    /** Where the text first names each person; built on the first description that asks. */
    private Map<String, Integer> firstNamed;

    IntroducedAfter(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * The person the story introduces next after description {@code m} ("the superintendent", "The manager of a
     * trampoline park"), within {@link Windows#TITLED_NAME_CHARS}, as the subject that opens a sentence or as a
     * statement's speaker, when no one is named in full between, no speaker before the description, and its gender
     * fits; null otherwise. An indefinite one ("a neighbour said") is left alone: it is as often someone else as the
     * person named next.
     */
    String holder(Mention m) {
        String text = m.text();
        String head = DescriptionFit.headWord(text);
        if (m.hasName() || m.kind() != SpeakerKind.PERSON || !text.regionMatches(true, 0, "the ", 0, 4)
                || text.contains("'s ") || text.contains("’s ") || !lexicon.roles.contains(head) || namedBefore(m)) {
            return null;
        }
        List<Name> all = doc.names;
        int next = Name.lastBefore(all, m.end()) + 1;
        // A single capitalised word ("Fridays", a quotation's "I") is no one named in full.
        while (next < all.size() && (all.get(next).kind() != SpeakerKind.PERSON || all.get(next).words().size() < 2)) {
            next++;
        }
        if (next == all.size() || all.get(next).offset() - m.end() >= Windows.TITLED_NAME_CHARS) {
            return null;
        }
        Name n = all.get(next);
        String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
        Gender gender = Gender.ofTitle(text);
        return !lexicon.roles.contains(n.words().get(0)) && introduced(n)
                && firstNamed(person) == n.offset() && (gender == null || gender.fits(names.gender(person))) ? person : null;
    }

    /**
     * Whether a statement before the description has a speaker named in full: a story that has let named people speak
     * ("Rasmus Lind: ..." over "the Minister said") has said who holds its titles.
     */
    private boolean namedBefore(Mention m) {
        if (firstNamedSpeaker < 0) {
            firstNamedSpeaker = Integer.MAX_VALUE;
            for (Attribution a : doc.attributions) {
                Mention own = a.mention;
                if (own != null && own.hasName() && own.kind() == SpeakerKind.PERSON && own.name().indexOf(' ') > 0) {
                    firstNamedSpeaker = Math.min(firstNamedSpeaker, own.start());
                }
            }
        }
        return firstNamedSpeaker < m.start();
    }

    /**
     * "Ana Ruiz, who took the job" opening its sentence, or "said Ana Ruiz, 58, who ...": named with no title of her own,
     * a relative clause right after the name.
     */
    private boolean introduced(Name n) {
        int at = doc.text.indexOf(n.text(), n.offset());
        Sentence s = at < 0 ? null : doc.sentenceAt(at);
        if (s == null || !(n.role().isEmpty() || ResolutionStage.AGE.matcher(n.role()).matches())) {
            return false;
        }
        if (mentions == null) {
            mentions = new SpeakerMentions(doc);
        }
        int end = at + n.text().length();
        return (doc.text(s.start(), at).isBlank() || mentions.firstPersonFrom(at, at + 1, Integer.MAX_VALUE) != null)
                && RELATIVE.matcher(doc.text(end, Math.min(doc.text.length(), end + Windows.APPOSED_NAME_CHARS))).find();
    }

    private int firstNamed(String person) {
        if (firstNamed == null) {
            firstNamed = new HashMap<>();
            for (Name n : doc.names) {
                if (n.kind() == SpeakerKind.PERSON) {
                    firstNamed.putIfAbsent(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), n.offset());
                }
            }
        }
        return firstNamed.getOrDefault(person, -1);
    }
}
