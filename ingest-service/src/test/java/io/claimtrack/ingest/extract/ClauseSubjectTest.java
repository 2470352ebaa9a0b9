package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The whole subject of a clause speaks when the speaker phrase scan stops inside it. */
class ClauseSubjectTest {

    @Test
    void coordinatedAndModifiedSubjects() {
        assertMentions("""
                Federal and state inspectors said the two ferries had failed the test.
                Experts on river transport and port safety said the new quay could change that.
                Harbour pilots and their unions warned that the channel was silting up.
                """,
                "Federal and state inspectors | the two ferries had failed the test | said | indirect",
                "Experts | the new quay could change that | said | indirect",
                "Harbour pilots and their unions | the channel was silting up | warned | indirect");
    }

    /** SubjectPhrase.coordinatedModifier: the gerund after "and" qualifies the noun, it opens no participle's clause. */
    @Test
    void twoModifiersJoinedByAndBeforeTheirNounAreOneSubject() {
        assertMentions("""
                Quarrying and forestry companies said the new levy would close two sawmills.
                Angling and boating clubs warned that the weir was unsafe.
                """,
                "Quarrying and forestry companies | the new levy would close two sawmills | said | indirect",
                "Angling and boating clubs | the weir was unsafe | warned | indirect");
    }

    @Test
    void anUntilClauseSubjectHasSaidNothingYet() {
        // FunctionWords.SUBORDINATORS but "until": the words of "Until inspectors ... say" are still to come.
        assertMentions("""
                Until inspectors who walked the causeway say it is sound, the causeway stays shut.
                """);
    }

    @Test
    void aQuantifierNamingPartOfAGroupSpeaksWithItsGroup() {
        assertMentions("""
                Many in the crowd said the mayor was the only candidate they trusted.
                Some on the harbour board argued that the pier must close.
                Many ferries sailed late.
                """,
                "Many in the crowd | the mayor was the only candidate they trusted | said | indirect",
                "Some on the harbour board | the pier must close | argued | indirect");
    }

    @Test
    void aPartOfAGroupNamedByARelativeClauseSpeaks() {
        assertMentions("""
                One of the pilots who signed the letter said the new buoys were a fraud.
                But those who fish the outer fjord say the quotas have hurt them.
                Some who back the ferry union argue that the strike is lawful.
                Asked again, 27 percent of those who named a harbour said they could still change their minds.
                """,
                "One of the pilots who signed the letter | the new buoys were a fraud | said | indirect",
                "those who fish the outer fjord | the quotas have hurt them | say | indirect",
                "Some who back the ferry union | the strike is lawful | argue | indirect",
                "27 percent of those who named a harbour | they could still change their minds | said | indirect");
    }

    @Test
    void aGroupPhraseEndsAtItsNounNotAtARelativeWordOrACueWord() {
        // "support" is the verb of the relative clause, not one whose subject ends in "who".
        assertMentions("More than half of the pilots who support the quay are from Molde.");
        // "report" is a cue word, but "One of the authors of that" is no phrase for it.
        List<String> found = mentions(attribute("One of the authors of that 2019 report, Ada Lund, said the quay would test the budget."));
        assertTrue(found.stream().noneMatch(m -> m.contains("| report |")), found.toString());
    }

    @Test
    void aConcessionBeforeTheSubjectIsTheNarrators() {
        assertMentions("""
                Although talks stalled in March, a port official who was there on Monday said the union would return.
                Even if the ferry sails, pilots who work the two ports said the quay was unsafe.
                """,
                "a port official | the union would return | said | indirect",
                "pilots | the quay was unsafe | said | indirect");
    }

    @Test
    void documentsWithARelativeOrParticipleClause() {
        assertMentions("""
                A 2019 study that appeared in a medical journal found that most of the diets failed.
                A survey released on Monday by the port authority shows that traffic fell by a third.
                All the pilots I interviewed said the buoys were misplaced.
                """,
                "A 2019 study | most of the diets failed | found | indirect",
                "A survey | traffic fell by a third | shows | indirect",
                "All the pilots | the buoys were misplaced | said | indirect");
    }

    @Test
    void aBarePluralAfterAConjunction() {
        assertMentions("But fishermen fear that the quotas will be cut again.",
                "fishermen | the quotas will be cut again | fear | indirect");
    }

    @Test
    void noSubjectWhenTheStretchHoldsAVerbOfItsOwn() {
        assertMentions("The candidate currently sits at 45 percent support among older voters.");
    }

    @Test
    void aContactClauseAfterATimeHasItsOwnSubject() {
        // "Thursday's march was the third time the union" is no subject; the union is the clause's.
        assertMentions("""
                Thursday's march was the third time the union said it had closed the port.
                This time he praised the pilots for their patience.
                """,
                "the union | it had closed the port | said | indirect",
                "he | the pilots for their patience | praised | indirect");
    }

    @Test
    void anAdverbInsideTheHeadsModifierModifiesAParticiple() {
        assertMentions("A Harbour Times analysis of newly filed reports shows the port lost money.",
                "A Harbour Times analysis | the port lost money | shows | indirect");
    }

    @Test
    void aDateWithItsCommasAndAFigureBelongToTheSubject() {
        // The comma inside "March 3, 2011," opens no aside: "March 3" is no speaker and the study speaks.
        assertMentions("""
                A study of ferries built since March 3, 2011, shows the quay is too short.
                A Harbour Times analysis of firms that have raised $2million or more since Jan. 1, 2015, shows the channel is too shallow.
                """,
                "A study | the quay is too short | shows | indirect",
                "A Harbour Times analysis | the channel is too shallow | shows | indirect");
    }

    @Test
    void aFigureOutsideARelativeClauseEndsTheSubject() {
        assertMentions("The port authority spent more than $500,000 worth of planned repairs on the quay.");
    }

    @Test
    void aHedgedFigureOpensTheSubject() {
        // "At" and "About" open no preposition here: the hedge belongs to the figure, the figure to the subject.
        assertMentions("""
                At least four pilots said the quay is unsafe.
                About 40 of the harbour pilots warned that the channel was silting up.
                At most three ferry captains claim that the buoys were moved.
                About the quay, the pilots said little.
                """,
                "At least four pilots | the quay is unsafe | said | indirect",
                "About 40 of the harbour pilots | the channel was silting up | warned | indirect",
                "At most three ferry captains | the buoys were moved | claim | indirect");
    }

    @Test
    void aContactClauseWithAContractedPronounModifiesTheSubject() {
        // "I've spoken with" is a relative clause without its "who": the pilots speak, not "spoken".
        assertMentions("""
                Several pilots I've spoken with over the last week said the quay is unsafe.
                Ferry captains we've talked to warned that the channel was silting up.
                """,
                "Several pilots | the quay is unsafe | said | indirect",
                "Ferry captains | the channel was silting up | warned | indirect");
    }

    @Test
    void theSubjectOfAnAdverbialClauseThatHoldsTheCue() {
        assertMentions("""
                Though skippers who have worked with Ola Lund say they trust him, they also say he is slow.
                Still, while the harbour board cannot stop every ferry on the fjord at night, pilots who have sailed the outer channel say it could do more.
                """,
                "skippers | they trust him | say | indirect",
                "they | he is slow | say | indirect",
                "pilots | it could do more | say | indirect");
        // Two clauses after the opener: the second one's speaker stays its own.
        assertMentions("Although the port office declined to comment and harbour aides later said the buoy had moved, the quay stayed shut.",
                "harbour aides | the buoy had moved | said | indirect");
    }

    @Test
    void aDescriptionByAgeOrAParticipleBeforeItsNounOrAListOfNamesIsTheSubject() {
        assertMentions("""
                The 71-year-old said the noise began at midnight.
                A nursing student waiting for the same ferry said the crossing was late.
                Ms. Holm, Mrs. Berg and other prominent pilots in both unions said their crews were tired.
                """,
                "The 71-year-old | the noise began at midnight | said | indirect",
                "A nursing student | the crossing was late | said | indirect",
                "Ms. Holm, Mrs. Berg and other prominent pilots | their crews were tired | said | indirect");
    }

    @Test
    void aLongSubjectWithItsModifiersBeforeTheCue() {
        assertMentions("A survey of 400 ferry pilots and deckhands conducted for the harbour union by an outside polling firm found that most wanted the quay rebuilt.",
                "A survey | most wanted the quay rebuilt | found | indirect");
    }

    @Test
    void anAmpersandJoinsOneNameInsideTheSubject() {
        assertMentions("An analysis commissioned by the harbour board from Olsen & Berg found that the fares were too low.",
                "An analysis | the fares were too low | found | indirect");
    }

    @Test
    void aQuotedTitleClosingTheAsidesBeforeTheCue() {
        assertMentions("An internal review completed in June, titled \u201cSafe Harbours,\u201d found that the pier was unsafe.",
                "An internal review | the pier was unsafe | found | indirect");
    }

    @Test
    void aCapitalisedMayAfterALowerCaseWordIsTheMonth() {
        assertMentions("""
                A survey of the pilots completed in May found that most wanted the quay rebuilt.
                An audit completed in March, released in May, found that the harbour office had lost files.
                """,
                "A survey | most wanted the quay rebuilt | found | indirect",
                "An audit | the harbour office had lost files | found | indirect");
    }

    /** Round 48: minutes take up one member again with "This member". */
    @Test
    void thisBeforeAPersonNounIsTheSpeakerTheMinutesDescribed() {
        assertMentions("""
                One director argued that a cut in the levy was premature. This director considered that a pause until \
                spring would cost little.
                """,
                "One director | a cut in the levy was premature | argued | indirect",
                "This director | a pause until spring would cost little | considered | indirect");
    }

    /** Round 49: a person described by a count ("a father of two") before a long "who" clause still speaks. */
    @Test
    void aPersonWithACountBeforeWhoSpeaks() {
        assertMentions("A father of two who asked that his name be withheld because his landlord reads the paper said he sleeps in his van.",
                "A father | he sleeps in his van | said | indirect");
    }

    /** A question turn's label and its address ("Mayor,") are no part of the subject its premise opens with. */
    @Test
    void aPluralPossessiveSubjectPlacedAfterAnAddressInAQuestionSpeaks() {
        List<String> found = mentions(Pipeline.extract("""
                Briefing by the Mayor of Brekkestad, Ingrid Solbakk.

                Q (Ilse Norberg, Fjord Weekly): Mayor, cyclists' associations in Brekkestad say the new bridge has no \
                safe lane. Will you add one?

                MAYOR SOLBAKK: We will paint a lane in June.
                """));
        assertTrue(found.contains("cyclists' associations | the new bridge has no safe lane | say | indirect"), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.contains("add one")), found.toString());
    }
}
