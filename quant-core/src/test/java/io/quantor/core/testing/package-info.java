/** Test helpers shared by every module's tests through quant-core's test-jar. */
package io.quantor.core.testing;
