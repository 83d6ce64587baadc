export type AssessmentKind = 'dallas_ordinance' | 'store_safety' | 'cyber';
export type Level = 'excellent' | 'good' | 'fair' | 'poor';

export interface Definition {
  kind: AssessmentKind;
  title: string;
  intro: string;
  sources: { label: string; url: string }[];
  checkedOn: string;
  questions: {
    id: string;
    section: string;
    text: string;
    help: string;
    reference: string | null;
    required: boolean;
    maxPoints: number;
    options: { id: string; label: string; points: number | null }[];
    pillar: string;
  }[];
}

export interface Partner {
  slug: string;
  nameKo: string;
  nameEn: string;
  city: string;
}

export interface NextStep {
  questionId: string;
  question: string;
  answer: string;
  step: string;
  required: boolean;
  pillar: { key: string; nameKo: string; nameEn: string };
  partnersUrl: string;
  partners: Partner[];
}

export interface HistoryItem {
  id: string;
  kind: AssessmentKind;
  score: number;
  maxScore: number;
  percent: number;
  level: Level;
  createdAt: string;
}

export interface Result extends HistoryItem {
  title: string;
  requiredGaps: number;
  completedBy: string | null;
  answers: Record<string, string>;
  nextSteps: NextStep[];
}

export interface BusinessAssessments {
  business: { slug: string; nameKo: string; nameEn: string };
  latest: Result[];
  history: HistoryItem[];
}
