package org.cryostudio.report.model;

import java.util.List;

/** A list of items: assumptions, references. */
public record BulletList(List<Text> items) implements Block {
	public BulletList {
		items = List.copyOf(items);
	}
}
