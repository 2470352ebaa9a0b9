package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Descriptions and pronouns linked to the person the document names (issue 10, error classes 1 and 2). */
class SpeakerResolutionTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void roleSynonymLinksADescriptionToTheTitledName() {
        assertEquals("Yury Ushakov", speakerOf("""
                Presidential aide Yury Ushakov met the delegation.
                The delegation left after an hour. The Kremlin assistant said the meeting was useful.
                """, "the meeting was useful"));
        assertEquals("Mark Hale", speakerOf("""
                US envoy Mark Hale flew to Cairo on Sunday.
                The trip was short. The ambassador told reporters that a deal was close.
                """, "a deal was close"));
        assertEquals("Lina Roth", speakerOf("""
                Ministry spokeswoman Lina Roth gave a briefing.
                The spokesperson said the convoy had crossed the border.
                """, "the convoy had crossed the border"));
    }

    @Test
    void roleInAnAppositionAfterTheName() {
        assertEquals("Tomas Vik", speakerOf("""
                Tomas Vik, the health minister, met nurses on Monday.
                The hospital opened a new wing. The minister said the beds would arrive in May.
                """, "the beds would arrive in May"));
        assertEquals("Ole Lund", speakerOf("""
                Ole Lund, Norway's ambassador to Chile, arrived late.
                Talks began at noon. The envoy said the tariffs would go.
                """, "the tariffs would go"));
    }

    @Test
    void headlineDescriptorNamedByAMoreSpecificTitleInTheLede() {
        assertEquals("Oleg Sarin", speakerOf("""
                Ceasefire will hold, says senior diplomat
                Deputy Foreign Minister Oleg Sarin said the ceasefire would hold for a week.
                """, "Ceasefire will hold"));
    }

    @Test
    void headlineDescriptorOfABodyNamedByTheLede() {
        assertEquals("Coast Guard", speakerOf("""
                Two fishermen rescued off the coast — maritime authority
                Both men were flown to hospital in good health, the Coast Guard said.
                """, "Two fishermen rescued off the coast"));
    }

    @Test
    void descriptionByAgeIsThePersonJustNamed() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Nora Quist joined the Harbour Tigers in May.
                The 26-year-old winger said the fans were the best in the league.
                """);

        Attribution a = statement(doc, "the fans were the best in the league");
        assertEquals("Nora Quist", a.speaker);
        // An age is no role.
        assertEquals("", a.role);
    }

    @Test
    void descriptionByAgeSkipsAPersonTheTextGaveAnotherAge() {
        assertEquals("Olle Brisk", speakerOf("""
                Then Pieter Vandam took over. The 22-year-old centre scored twice in the third period.
                Vandam and Olle Brisk have played together for only nine games. The 34-year-old said he had asked to join the line.
                """, "he had asked to join the line"));
    }

    @Test
    void descriptionByAgeIsThePersonGivenThatAge() {
        assertEquals("Raymond Holm", speakerOf("""
                Raymond Holm, 54, was convicted on Thursday.
                His brother Karl Holm and his lawyer Dana Fitch spoke afterwards. The 54-year-old said he would appeal.
                """, "he would appeal"));
        // "a 61-year-old tenant" brings in someone new: it gives the person just named no age.
        assertEquals("Ann Lidd", speakerOf("""
                Ann Lidd chairs the tenants' group. She said a 61-year-old tenant had been hurt in the fire.
                Lidd met the mayor on Friday. The 47-year-old said the alarms had failed.
                """, "the alarms had failed"));
    }

    /** "Nine lawmakers abstained." opens with a count word, no one's name: the subject before it is the premier. */
    @Test
    void aSentenceOpeningWithACountWordIsPassedOver() {
        String text = """
                Velmoria's prime minister narrowly survived a confidence vote on Tuesday, but a revolt in his party left him weaker.

                Anton Quill-Berg won the vote 90-80 after a long debate. Nine lawmakers of his Harvest Party abstained.

                The premier promised to cut fuel taxes by June.
                """;
        assertEquals("Anton Quill-Berg", speakerOf(text, "to cut fuel taxes by June"));
        assertEquals("The premier", speakerOf(text.replace("Anton Quill-Berg won", "The ballot was won"), "to cut fuel taxes by June"));
    }

    @Test
    void aWordForAnotherOfficeDoesNotLink() {
        assertEquals("The mayor", speakerOf("""
                Health Minister Tomas Vik visited the port.
                The crowd was small. The mayor said the cranes were old.
                """, "the cranes were old"));
    }

    @Test
    void pronounTakesThePersonOfItsGender() {
        assertEquals("Anna Kerr", speakerOf("Mark Dunn met Anna Kerr on Tuesday. She said the talks had gone well.",
                "the talks had gone well"));
        assertEquals("Ms. Rivera", speakerOf("Ms. Rivera met Governor Paul Stone. She said the plan was fair.",
                "the plan was fair"));
        assertEquals("Paul Stone", speakerOf("""
                "The plan is fair," said Governor Paul Stone.
                "It is too late," said Senator Maria Lopez.
                He said the budget would pass.
                """, "the budget would pass"));
    }

    @Test
    void pronounWithNoPersonOfItsGenderStaysUnresolved() {
        assertEquals("She", speakerOf("Mark Dunn met the press on Tuesday. She said the talks had gone well.",
                "the talks had gone well"));
    }

    @Test
    void pronounAfterASubheadKeepsTheArticlesLastSpeaker() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Bridge plan approved

                "We need the bridge," said Senator Maria Lopez.

                Budget fight

                She said the vote would come in June.
                """);

        assertEquals("Maria Lopez", statement(doc, "the vote would come in June").speaker);
    }

    @Test
    void anEarlierPronounGivesThePersonAGender() {
        // Neither "Kim" nor "Sato" tells a gender; "She added" does, so "He" is someone else.
        assertEquals("He", speakerOf("""
                "Prices will fall," said Kim Sato.
                She added that wages would rise.
                He said the strike was over.
                """, "the strike was over"));
    }

    @Test
    void passiveSubjectIsNoPronounsAntecedent() {
        String story = """
                Police said a man had been arrested after Peter Lowe, 52, was found injured on Main Street. \
                Detective Sergeant Alan Briggs said the suspect was known to the victim. Lowe was taken to \
                hospital. He told reporters that the inquiry was at an early stage.
                """;
        assertEquals("Alan Briggs", speakerOf(story, "the inquiry was at an early stage"));
        // Someone who was pleased is turned to as the next speaker.
        assertEquals("Raj Patel", speakerOf("""
                Mayor Lucia Ferrante said the roads would be fixed. Council member Raj Patel was pleased. He said \
                the money had been found at last.
                """, "the money had been found at last"));
    }

    @Test
    void surnameOfATitledPersonEndsTheSubject() {
        assertEquals("Donald Trump", speakerOf("""
                Republican presidential candidate Donald Trump spent the day in the state.
                Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff."
                """, "him \"a total stiff.\""));
    }

    @Test
    void accordingToAPronounIsResolvedLikeHeSaid() {
        assertEquals("Sergey Ryabkov", speakerOf("""
                Arms deliveries must stop, Deputy Foreign Minister Sergey Ryabkov said on Tuesday.
                According to him, the next round of consultations could take place in Istanbul.
                """, "the next round of consultations could take place in Istanbul"));
    }

    @Test
    void roleGivenWithTheSurnameIsThePersonsRole() {
        Attribution a = statement(Pipeline.through(ResolutionStage.class, """
                The Tigers signed Kate Moss from Rovers on Friday. Moss, who played as a right wing in Sweden, scored \
                14 goals last season. "I am thrilled," Kate Moss said.
                """), "\"I am thrilled,\"");
        assertEquals("Kate Moss", a.speaker);
        assertEquals("right wing", a.role);
    }

    @Test
    void counterpartHoldsTheSameOfficeForItsOwnCountry() {
        Attribution a = statement(Pipeline.through(ResolutionStage.class, """
                Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan met in Antalya on Monday.
                The Turkish minister said Ankara was ready to host new talks.
                """), "Ankara was ready to host new talks");
        assertEquals("Hakan Fidan", a.speaker);
        assertEquals("Turkish Foreign Minister", a.role);
    }

    @Test
    void aSurnameTheTextGivesWithAnHonorificIsNotAFullNameOfTheOtherSex() {
        // The one Sorensen named in full is his wife; the text's "Mr. Sorensen" says whose the bare surname is.
        String text = """
                Facing a hard vote, Governor Sorensen is taking a new line with wavering members: "Do it for me."
                Mr. Sorensen said on Friday that the bill would pass. He will campaign with his wife, Ingrid Sorensen, \
                next week.
                """;
        assertEquals("Sorensen", speakerOf(text, "the bill would pass"));
        assertEquals("Sorensen", speakerOf(text, "\"Do it for me.\""));
    }
}
