package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A statement's speaker from what its own mention gives: a document's maker, a body, a name, the name set off after a
 * description, a pronoun's antecedent, a document's owner or possessor, an office's holder, a description's person
 * (the first pass of {@link ResolutionStage}). A method per statement, not a loop body in the stage: a loop that runs
 * once per document is compiled only late in the first long text, and read interpreted until then.
 */
record OwnEvidence(AnnotatedDocument doc, Lexicon lexicon, DescriptionResolver descriptions, NameIndex names,
        BodyDescriptions bodies, DocumentMaker makers, ApposedName apposed, PronounResolver pronouns, DocumentOwner owners,
        ChannelOwner channels, PossessedRoles possessed, CourtRoles court, OfficeHolders offices, ApposedDescriptions apposedDescriptions, PressServices press, int[] unitOf, Map<String, String> nameByRole,
        Function<String, String> titleOf, List<Attribution> pending) {

    /** Resolves the {@code i}th statement, or leaves it to the pronoun resolver or, provisionally, to {@code pending}. */
    void resolve(int i) {
        Attribution a = doc.attributions.get(i);
        if (a.antecedent != null) {
            return;
        }
        String pressOwner = press.speaker(i);
        if (pressOwner != null) {
            a.speaker = pressOwner;
            a.kind = SpeakerKind.ORGANIZATION;
            return;
        }
        Mention m = a.mention;
        Name held;
        Name set;
        String leader;
        String owner;
        String organisation = m.hasName() && m.kind() == SpeakerKind.PERSON && m.role().isEmpty()
                ? names.organisationOf(m.name()) : null;
        String bodyWord = m.hasName() ? bodies.openingWord(m) : null;
        // "Company blames grain costs": capitalised only as the headline's first word, a description of the body named.
        Name body = bodyWord == null ? bodies.local(m) : bodies.named(m, bodyWord);
        body = body != null || m.hasName() ? body : bodies.representing(m);
        DocumentMaker.Maker maker = m.isPronoun() ? null : makers.find(m);
        if (maker != null) {
            a.speaker = maker.speaker();
            a.kind = maker.kind();
        } else if ((set = SelfNamed.after(doc, m)) != null) {
            a.speaker = names.expand(set.text(), SpeakerKind.ORGANIZATION, set.offset());
            a.kind = SpeakerKind.ORGANIZATION;
        } else if (!m.isPronoun() && (owner = channels.owner(m)) != null) {
            // "A statement posted on the club's website said", "A notice on Harwick Rovers' page": the channel's
            // owner, though the mention may hold the owner's name.
            a.speaker = owner;
            a.kind = SpeakerKind.ORGANIZATION;
        } else if (body != null) {
            a.speaker = names.expand(body.text(), SpeakerKind.ORGANIZATION, body.offset());
            a.kind = SpeakerKind.ORGANIZATION;
        } else if (organisation != null) {
            a.speaker = organisation;
            a.kind = SpeakerKind.ORGANIZATION;
        } else if (m.hasName() && !headlineRole(m)) {
            a.speaker = names.expand(m.name(), m.kind(), m.start());
            if (!m.role().isEmpty()) {
                DescriptionResolver.putRole(nameByRole, m.role(), a.speaker);
            }
        } else if (!m.hasName() && !m.isPronoun() && (owner = GivenName.after(doc, m)) != null) {
            // "said one, who gave only his first name, Viktor.": the name the speaker gave.
            a.speaker = owner;
            a.kind = SpeakerKind.PERSON;
        } else if ((set = apposed.after(m)) != null && !a.inContent(set.offset())) {
            // "said the study's lead author, Dr. Ann Lind,": the name set off after the description; not "According to
            // the spokesman, the Chief of the General Staff, General Ion Voda, visited", where the name is what is said.
            a.speaker = names.expand(set.text(), set.kind(), set.offset());
            a.kind = set.kind();
            if (set.kind() == SpeakerKind.PERSON) {
                DescriptionResolver.putRole(nameByRole, m.text(), a.speaker);
            }
        } else if (!m.isPronoun() && (owner = makers.author(m)) != null) {
            // "a column by its commentator Ysolde Brankov ... The column alleges": the work's author.
            a.speaker = owner;
            a.kind = SpeakerKind.PERSON;
        } else if (m.isPronoun() || Mentions.ownFigures(m)) {
            pronouns.resolve(i);
        } else if ((owner = owners.staffsBody(m)) != null) {
            a.speaker = owner;
            a.kind = SpeakerKind.ORGANIZATION;
        } else if ((m.kind() == SpeakerKind.DOCUMENT || ChannelOwner.owned(m) || DocumentOwner.ownedStatistics(m)
                || owners.madeByPronoun(m)) && (owner = owners.owner(m)) != null) {
            a.speaker = owner;
            a.kind = SpeakerKind.ORGANIZATION;
        } else if ((m.kind() == SpeakerKind.DOCUMENT || ChannelOwner.possessedByName(m)) && ResolutionStage.possessor(m) != null) {
            // "The ministry's statement said", "according to Nimbara's status page": the owner speaks through it.
            a.speaker = names.expand(ResolutionStage.possessor(m), SpeakerKind.ORGANIZATION, m.start());
            Name described = describedOwner(m, a.speaker);
            a.speaker = described == null ? a.speaker : names.expand(described.text(), SpeakerKind.ORGANIZATION, described.offset());
            a.kind = SpeakerKind.ORGANIZATION;
        } else if ((leader = offices.holder(m)) != null || (leader = apposedDescriptions.person(m)) != null) {
            // "The President stressed" in his own press service's readout, though his guest spoke last; "The
            // Ambassador assured" after the deputy minister's bullets; "the referee ruled" above "the referee, X,".
            a.speaker = leader;
            a.kind = SpeakerKind.PERSON;
        } else if (m.kind() == SpeakerKind.PERSON && (held = possessed.holder(m)) != null) {
            // "Larchmont's lawyer" after "Its attorney, Grant Pemberton": whose lawyer, not the nearest one.
            a.speaker = names.expandIfUnique(held.text(), held.offset());
        } else if (m.kind() == SpeakerKind.PERSON && (leader = KinNamedAfter.named(doc, names, i)) != null) {
            // "Her father told a jury ... 'She begged me for a ride,' Osric Tamberlane said.": named as he speaks next.
            a.speaker = leader;
        } else if ((leader = court.holder(m)) != null) {
            // "the judge told him", "His lawyer said": the one titled with that part in the case, not who spoke last.
            a.speaker = leader;
        } else if (!descriptions.resolve(doc, i, unitOf, nameByRole, titleOf)) {
            body = m.hasName() ? null : a.kind == SpeakerKind.ORGANIZATION ? bodies.named(m, DescriptionHeads.headWord(m.text()))
                    : a.kind == SpeakerKind.DOCUMENT && DescriptionResolver.isDefinite(m.text())
                    ? DocumentDescriptions.named(doc, m, DescriptionHeads.headWord(m.text())) : null;
            if (body != null) {
                a.speaker = names.expand(body.text(), a.kind == SpeakerKind.DOCUMENT ? a.kind : SpeakerKind.ORGANIZATION, body.offset());
            } else {
                // Provisional, so a later "they" or "it" can refer to it; the role map may still improve it.
                a.speaker = names.expand(descriptionText(m), a.kind, m.start());
                pending.add(a);
            }
        }
    }

    /**
     * "Pelloway Dairies cut its forecast. The company's quarterly report warns": a document whose owner is a body's
     * definite description no name expands ({@code expanded} still that description) speaks for the body it describes
     * ({@link BodyDescriptions#named}); null for an owner by name ("Pelloway's report") or one described by no body near.
     */
    private Name describedOwner(Mention m, String expanded) {
        String lower = m.text().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("the ") || expanded.indexOf(' ') >= 0
                || !lexicon.organizations.contains(expanded) && !Businesses.WORDS.contains(expanded)) {
            return null;
        }
        return bodies.named(m, expanded);
    }

    /**
     * "Defense says it will appeal": a word for a role that no list of titles before names holds, capitalised by a
     * headline and so read as a name, is a description of whoever the story gives that role.
     */
    private boolean headlineRole(Mention m) {
        String word = m.kind() == SpeakerKind.PERSON ? bodies.headlineWord(m) : null;
        return word != null && lexicon.titles.hasRoleTitles(word) || sideNamed(m);
    }

    /**
     * "The Crown opposed the request": a trial's side, capitalised as a name in prose after its article, is its lawyer
     * the story titles so ("Crown prosecutor Nell Varga"), as a headline's "Crown says" is.
     */
    private boolean sideNamed(Mention m) {
        String lower = m.text().toLowerCase(Locale.ROOT);
        return m.kind() == SpeakerKind.PERSON && m.name().indexOf(' ') < 0 && lower.startsWith("the ")
                && lower.length() == m.name().length() + 4 && lexicon.titles.hasRoleTitles(lower.substring(4));
    }

    private static String descriptionText(Mention m) {
        return m.kind() == SpeakerKind.ORGANIZATION && !m.name().isEmpty() ? m.name() : m.text();
    }
}
