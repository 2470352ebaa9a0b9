package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

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
        assertMentions("""
                The candidate currently sits at 45 percent support among older voters.
                Thursday's march was the third time the union said it had closed the port.
                """);
    }
}
