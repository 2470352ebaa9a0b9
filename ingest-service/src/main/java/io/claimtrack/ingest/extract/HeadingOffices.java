package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readout whose heading gives two leaders by office only ("Talks between the President of Valdoria and the Prime
 * Minister of Estmark") and whose lede names them bare ("Marek Dolan held talks with Eva Sandvik"): each office is the
 * person the lede names in its place, so "the Estmarki President" and "the Valdorian leader" are theirs. Read once per
 * document; part of {@link ResolutionStage}.
 */
final class HeadingOffices {

    /** "the President of the Republic of Valdoria", "the Estmarki Prime Minister": a run of capitalised words with its "of" places. */
    private static final Pattern OFFICE = Pattern.compile(
            "(?<![\\p{L}-])(?:[Tt]he )?((?:\\p{Lu}[\\p{L}-]* )*\\p{Lu}[\\p{L}-]*(?: of (?:the )?(?:\\p{Lu}[\\p{L}-]* )*\\p{Lu}[\\p{L}-]*)*)");

    private record Holder(String person, String office, Set<String> states) {
    }

    private final DescriptionFit fit;
    private final List<Holder> holders;

    private HeadingOffices(DescriptionFit fit, List<Holder> holders) {
        this.fit = fit;
        this.holders = holders;
    }

    static HeadingOffices of(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, NameIndex names) {
        HeadingOffices none = new HeadingOffices(fit, List.of());
        Block heading = doc.blocks.isEmpty() ? null : doc.block(0);
        if (heading == null || heading.kind() != Block.Kind.HEADLINE) {
            return none;
        }
        Sentence lede = doc.lede();
        if (lede == null) {
            return none;
        }
        List<String> offices = new ArrayList<>();
        Matcher m = OFFICE.matcher(doc.text(heading.start(), heading.end()));
        while (m.find()) {
            String office = m.group(1);
            if (OwnLeader.leadsAState(lexicon, office) && !fit.states(office).isEmpty()) {
                offices.add(office);
            }
        }
        List<Name> people = new ArrayList<>();
        for (int j = Name.lastBefore(doc.names, lede.start()) + 1; j < doc.names.size() && doc.names.get(j).offset() < lede.end(); j++) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && n.words().size() > 1) {
                people.add(n);
            }
        }
        // Named bare: a lede that gives their offices says itself who holds which, and a heading that names them
        // ("Call with Prime Minister Sandvik of Estmark") gives no office by its place in the line.
        if (offices.size() != 2 || people.size() != 2 || people.stream().anyMatch(p -> OwnLeader.leadsAState(lexicon, p.role()))
                || fit.states(offices.get(0)).equals(fit.states(offices.get(1)))
                || offices.stream().anyMatch(o -> people.stream().anyMatch(p -> Name.words(o).contains(Name.lastWord(p.words()))))) {
            return none;
        }
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Name p = people.get(i);
            String office = offices.get(i);
            holders.add(new Holder(names.expand(p.text(), SpeakerKind.PERSON, p.offset()), office.toLowerCase(Locale.ROOT), fit.states(office)));
        }
        return new HeadingOffices(fit, holders);
    }

    /**
     * The one paired leader a definite description of his office fits ("the President of Estmark", "the Valdorian
     * leader", "the Prime Minister" beside a president); null when it fits both or neither.
     */
    String holder(Mention m) {
        String text = m.text();
        if (holders.isEmpty() || m.hasName() || m.kind() != SpeakerKind.PERSON || !text.regionMatches(true, 0, "the ", 0, 4)
                || Name.words(text).stream().anyMatch(DescriptionFit.OTHER_OFFICE::contains)) {
            return null;
        }
        String head = DescriptionHeads.headWord(text);
        Set<String> of = fit.states(text);
        String found = null;
        for (Holder h : holders) {
            if (fit.sameKindOfOffice(head, h.office()) && (of.isEmpty() || of.stream().anyMatch(h.states()::contains))) {
                if (found != null) {
                    return null;
                }
                found = h.person();
            }
        }
        return found;
    }
}
