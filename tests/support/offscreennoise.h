// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

namespace loopview::testsupport {

// The offscreen platform plugin warns "This plugin does not support …" for every window feature
// it lacks (propagating size hints on each top-level resize, above all). GUI tests that open
// windows call this once: it drops those lines and passes every other message on, so real
// warnings are not buried in the test log.
void quietOffscreenPluginNoise();

} // namespace loopview::testsupport
