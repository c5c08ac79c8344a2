package org.cryostudio.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a spec into code, comments and strings, so that typing "/*" re-colours up to the end of
 * the comment while ordinary edits re-colour one line.
 */
public final class CryoPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "__cryo_partitioning";
	public static final String COMMENT = "__cryo_comment";
	public static final String STRING = "__cryo_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		install(document);
	}

	/** Connects the Cryo partitioner to the document, once. */
	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
			ext.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true), new SingleLineRule("\"", "\"", string, '\\', true),
				new SingleLineRule("'", "'", string, '\\', true) });
		return scanner;
	}
}
