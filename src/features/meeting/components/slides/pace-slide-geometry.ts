/** The pace slide's chart geometry in slide units (the slide is 1920 x 1080). */
export const CHART_WIDTH = 1140;
export const CHART_HEIGHT = 690;
export const AXIS_FONT = 28;
export const LABEL_FONT = 38;
