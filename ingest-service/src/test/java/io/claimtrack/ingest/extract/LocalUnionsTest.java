package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "the union" of a story about one union local is that local, named by its number (issue 10). */
class LocalUnionsTest {

    @Test
    void theUnionIsTheLocalTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Crane drivers at the Harbour Street terminal walked off the job on Monday after talks between the port \
                authority and Harbour and Dock Workers Local 212 broke down.

                The union said its members would stay out until the night shift was restored.
                """);
        assertSpeaker(doc, "its members would stay out until the night shift was restored", "Harbour and Dock Workers Local 212");
    }

    @Test
    void theUnionNamedAfterItsDescriptionByAnOfPhrase() {
        AnnotatedDocument doc = extract("""
                The bakery will close in June, the owners said on Friday.

                The union that represents the bakers, Local 57 of the Allied Oven Workers, said it had learned of the \
                closing from a notice on the staff board. Local 57's hall will host a meeting on Sunday.
                """);
        assertSpeaker(doc, "it had learned of the closing from a notice on the staff board", "Local 57 of the Allied Oven Workers");
    }

    @Test
    void twoLocalsLeaveTheUnionAsItIs() {
        AnnotatedDocument doc = extract("""
                Crane drivers of Harbour and Dock Workers Local 212 and pilots of Local 9 walked off the job on Monday.

                The union said its members would stay out until the night shift was restored.
                """);
        assertSpeaker(doc, "its members would stay out until the night shift was restored", "The union");
    }

    /**
     * "the local said" is the union local the story names, read whole past a plural's apostrophe ("the Dockers' Union")
     * and not from the sentence's "Members of" before it.
     */
    @Test
    void theLocalIsTheUnionLocalTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Dockworkers at Port Selden vote to strike

                SELDEN — Members of Local 412 of the Dockers' Union voted on Sunday to walk off the job next week, the \
                local said in a statement.

                The local's president, Marek Oduya-Venn, said crews had waited two years for a contract. The local said it \
                would picket all four terminals.
                """);
        assertSpeaker(doc, "it would picket all four terminals", "Local 412 of the Dockers' Union");
        assertSpeaker(doc, "Members of Local 412 of the Dockers' Union voted on Sunday to walk off the job next week",
                "Local 412 of the Dockers' Union");
    }
}
