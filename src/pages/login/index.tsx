import { Screen } from '@/components/screen';
import { PersonaList } from '@/features/auth/persona-list';

export default function LoginPage() {
  return (
    <Screen>
      <PersonaList />
    </Screen>
  );
}
