/**
 * Page objects: one class per page the browser tests drive, whose methods are the steps a person
 * takes there (fill in, save, read the message). Tests read as user steps; element ids live here
 * only. Every page opened or reached through them passes the {@link org.traininghub.it.Browser}
 * checks (axe-core, no overlapping text) as before.
 */
package org.traininghub.it.pages;
